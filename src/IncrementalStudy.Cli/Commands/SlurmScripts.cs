using System.Globalization;

namespace IncrementalStudy.Cli.Commands;

/// <summary>The three scripts 'incstudy slurm' writes; every path in them is absolute and, in shell lines, quoted.</summary>
/// <param name="Experiment">The experiment's name.</param>
/// <param name="Shards">n: the number of shards (array tasks).</param>
/// <param name="OutRoot">Absolute results folder on the shared file system.</param>
/// <param name="Folder">Absolute folder for scripts and logs; it appears unquoted in #SBATCH lines, so it is checked beforehand.</param>
/// <param name="Tool">The shell command that runs incstudy, written as is.</param>
/// <param name="Budget">full or smoke.</param>
/// <param name="Seeds">--seeds when given, else the experiment's own.</param>
/// <param name="DataDir">Absolute --data-dir when given.</param>
/// <param name="Cpus">CPUs per shard task.</param>
/// <param name="DefinitionHash">The definition's hash: a finished shard of another definition is not skipped on resubmission.</param>
/// <param name="Directives">Options for extra #SBATCH lines of both jobs (resources, partition, account, --sbatch).</param>
internal sealed record SlurmScripts(string Experiment, int Shards, string OutRoot, string Folder, string Tool, string Budget, int? Seeds,
    string? DataDir, int Cpus, string DefinitionHash, IReadOnlyList<string> Directives)
{
    public string RunScript => Path.Combine(Folder, $"{Experiment}.run.sbatch");
    public string MergeScript => Path.Combine(Folder, $"{Experiment}.merge.sbatch");
    public string SubmitScript => Path.Combine(Folder, $"{Experiment}.submit.sh");

    private string N => Shards.ToString(CultureInfo.InvariantCulture);
    private string Target => Path.Combine(OutRoot, Experiment);
    private string ShardFolder(string index) => Path.Combine(OutRoot, $"{Experiment}.shard-{index}-of-{N}");
    private string ExtraLines => string.Concat(Directives.Select(d => $"#SBATCH {d}\n"));

    public void Write()
    {
        Directory.CreateDirectory(Folder);
        string runOptions = $"--budget {Budget}" + (Seeds is int s ? $" --seeds {s.ToString(CultureInfo.InvariantCulture)}" : "") +
                            (DataDir is null ? "" : $" --data-dir {ShellWords.Quote(DataDir)}");
        string cpus = Cpus.ToString(CultureInfo.InvariantCulture);
        Save(RunScript, $$"""
            #!/bin/bash
            #SBATCH --job-name=incstudy-{{Experiment}}
            #SBATCH --cpus-per-task={{cpus}}
            #SBATCH --output={{Folder}}/{{Experiment}}-%A_%a.log
            {{ExtraLines}}# One shard per array task; the submit script chooses the task ids (the shards not finished yet). --resume
            # continues an interrupted shard and does nothing for a finished one.
            set -euo pipefail
            {{Tool}} run {{Experiment}} {{runOptions}} --shard "${SLURM_ARRAY_TASK_ID}/{{N}}" --threads "${SLURM_CPUS_PER_TASK:-{{cpus}}}" --out {{ShellWords.Quote(OutRoot)}} --resume

            """);
        string shardList = string.Join(" ", Enumerable.Range(1, Shards).Select(i => ShellWords.Quote(ShardFolder(i.ToString(CultureInfo.InvariantCulture)))));
        Save(MergeScript, $$"""
            #!/bin/bash
            #SBATCH --job-name=incstudy-{{Experiment}}-merge
            #SBATCH --cpus-per-task=1
            #SBATCH --output={{Folder}}/{{Experiment}}-merge-%j.log
            {{ExtraLines}}# Starts once every shard task ended, finished or not (afterany): merge then names the unfinished shards and fails.
            set -uo pipefail
            if ! {{Tool}} merge --force {{ShellWords.Quote(Target)}} {{shardList}}; then
              echo "Not merged. Rerun the submit script to run the unfinished shards and merge again: bash {{ShellWords.Quote(SubmitScript).Replace("\"", "\\\"")}}" >&2
              exit 1
            fi
            {{Tool}} check {{ShellWords.Quote(Target)}}

            """);
        Save(SubmitScript, $$"""
            #!/bin/bash
            # Submits the shards not finished yet as one array job, then the merge job, which starts once they all ended.
            # After a failed or cancelled task, run this again: finished shards are skipped, interrupted ones resume.
            set -euo pipefail
            unfinished=()
            for i in $(seq 1 {{N}}); do
              manifest={{ShellWords.Quote(ShardFolder("$i") + "/manifest.json").Replace("\\$i", "$i")}}
              # Finished: the shard's manifest says complete and was made from this definition.
              if ! grep -qs '"status": "complete"' "$manifest" || ! grep -qs '"definition_hash": "{{DefinitionHash}}"' "$manifest"; then
                unfinished+=("$i")
              fi
            done
            if [ ${#unfinished[@]} -gt 0 ]; then
              ids=$(IFS=,; echo "${unfinished[*]}")
              array_job=$(sbatch --parsable --array="$ids" {{ShellWords.Quote(RunScript)}})
              array_job=${array_job%%;*}
              echo "submitted shard(s) $ids of {{N}} as array job $array_job"
              merge_job=$(sbatch --parsable --dependency=afterany:"$array_job" {{ShellWords.Quote(MergeScript)}})
            else
              echo "all {{N}} shards are finished"
              merge_job=$(sbatch --parsable {{ShellWords.Quote(MergeScript)}})
            fi
            echo "merge job ${merge_job%%;*} writes {{ShellWords.Quote(Target).Replace("\"", "\\\"")}}; logs in {{Folder}}; watch with: squeue --me"

            """);
    }

    private static void Save(string path, string text)
    {
        File.WriteAllText(path, text);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }
}
