using System.CommandLine;
using System.Globalization;
using IncrementalStudy.Experiments;

namespace IncrementalStudy.Cli.Commands;

/// <summary>Writes an sbatch array script (one shard per task) and a dependent merge job for a Slurm cluster.</summary>
public static class SlurmCommand
{
    public static Command Create(ExperimentCatalog catalog)
    {
        var name = new Argument<string>("experiment") { Description = "The experiment to run on the cluster." };
        var array = new Option<int>("--array") { Description = "Number of array tasks (shards).", Required = true, CustomParser = r => OptionValues.PositiveInt(r, "--array") };
        var output = new Option<string>("--out", "-o") { Description = "Results folder on the cluster's shared file system.", DefaultValueFactory = _ => "results" };
        var scripts = new Option<string>("--scripts") { Description = "Folder for the generated scripts.", DefaultValueFactory = _ => "slurm" };
        var budget = new Option<Budget>("--budget")
        {
            Description = "full (default) or smoke, passed to every shard.", HelpName = "full|smoke", DefaultValueFactory = _ => Budget.Full,
            CustomParser = OptionValues.Budget,
        };
        var cpus = new Option<int>("--cpus")
        {
            Description = "CPUs per task (the shard's --threads).", DefaultValueFactory = _ => 2, CustomParser = r => OptionValues.PositiveInt(r, "--cpus"),
        };
        var tool = new Option<string>("--command") { Description = "How the cluster runs incstudy (the installed tool by default).", DefaultValueFactory = _ => "incstudy" };
        var command = new Command("slurm", "Write Slurm scripts: an array job running one shard per task, then a merge job that depends on it.")
        {
            name, array, output, scripts, budget, cpus, tool,
        };
        command.SetAction(parseResult =>
        {
            string experimentName = parseResult.GetValue(name)!;
            if (catalog.Find(experimentName) is null)
            {
                IReadOnlyList<string> suggestions = catalog.Suggest(experimentName);
                parseResult.InvocationConfiguration.Error.WriteLine($"Unknown experiment '{experimentName}'." +
                    (suggestions.Count > 0 ? $" Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?" : ""));
                return ExitCodes.UsageError;
            }
            string folder = parseResult.GetValue(scripts)!;
            Directory.CreateDirectory(folder);
            int n = parseResult.GetValue(array);
            string outRoot = parseResult.GetValue(output)!, run = parseResult.GetValue(tool)!;
            string budgetName = parseResult.GetValue(budget).ToString().ToLowerInvariant();
            int cpuCount = parseResult.GetValue(cpus);
            string shards = string.Join(" ", Enumerable.Range(1, n).Select(i => $"{outRoot}/{experimentName}.shard-{i}-of-{n}"));

            string runScript = Path.Combine(folder, $"{experimentName}.run.sbatch");
            string mergeScript = Path.Combine(folder, $"{experimentName}.merge.sbatch");
            string submit = Path.Combine(folder, $"{experimentName}.submit.sh");
            File.WriteAllText(runScript, $$"""
                #!/bin/bash
                #SBATCH --job-name=incstudy-{{experimentName}}
                #SBATCH --array=1-{{n}}
                #SBATCH --cpus-per-task={{cpuCount}}
                #SBATCH --output={{folder}}/{{experimentName}}-%a.log
                # One shard per array task; an interrupted task resumes from its finished cases when resubmitted.
                set -euo pipefail
                {{run}} run {{experimentName}} --budget {{budgetName}} --shard "${SLURM_ARRAY_TASK_ID}/{{n}}" --threads "${SLURM_CPUS_PER_TASK:-{{cpuCount}}}" --out {{outRoot}} --resume

                """);
            File.WriteAllText(mergeScript, $$"""
                #!/bin/bash
                #SBATCH --job-name=incstudy-{{experimentName}}-merge
                #SBATCH --cpus-per-task=1
                #SBATCH --output={{folder}}/{{experimentName}}-merge.log
                set -euo pipefail
                {{run}} merge {{outRoot}}/{{experimentName}} {{shards}}
                {{run}} check {{outRoot}}/{{experimentName}}

                """);
            File.WriteAllText(submit, $$"""
                #!/bin/bash
                # Submits the shard array, then the merge job to run once every shard succeeded.
                set -euo pipefail
                array_job=$(sbatch --parsable {{runScript}})
                sbatch --dependency=afterok:"$array_job" {{mergeScript}}

                """);
            foreach (string script in new[] { runScript, mergeScript, submit })
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            parseResult.InvocationConfiguration.Output.WriteLine(
                $"wrote {runScript}, {mergeScript} and {submit}; submit with: bash {submit}" +
                $" ({n.ToString(CultureInfo.InvariantCulture)} shards of '{experimentName}' into {outRoot}/)");
            return ExitCodes.Success;
        });
        return command;
    }
}
