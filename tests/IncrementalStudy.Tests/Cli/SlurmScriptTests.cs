using System.Diagnostics;
using IncrementalStudy.Cli.Commands;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Cli;

/// <summary>The scripts 'incstudy slurm' writes: runnable from any folder, recoverable by rerunning the submit script.</summary>
public class SlurmScriptTests
{
    private static (CliOutcome Outcome, string Run, string Merge, string Submit) Generate(TempDirectory temp, params string[] extra)
    {
        CliOutcome outcome = CliRunner.Run(["slurm", "continuity-zero-new", "--array", "2", "--budget", "smoke", "--scripts", temp["slurm"], .. extra]);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        return (outcome, File.ReadAllText(temp["slurm/continuity-zero-new.run.sbatch"]), File.ReadAllText(temp["slurm/continuity-zero-new.merge.sbatch"]),
            File.ReadAllText(temp["slurm/continuity-zero-new.submit.sh"]));
    }

    [Fact]
    public void Paths_are_absolute_and_quoted_the_merge_waits_for_any_end_and_logs_carry_job_and_task()
    {
        using var temp = new TempDirectory();
        const string relativeOut = "incstudy-not-created/my results"; // relative, with a space; generation does not create it
        (_, string run, string merge, string submit) = Generate(temp, "--out", relativeOut);
        string outRoot = Path.GetFullPath(relativeOut);

        Assert.Contains($"--out \"{outRoot}\" --resume", run);
        Assert.Contains($"#SBATCH --output={temp["slurm"]}/continuity-zero-new-%A_%a.log", run);
        Assert.Contains($"#SBATCH --output={temp["slurm"]}/continuity-zero-new-merge-%j.log", merge);
        Assert.Contains($"merge --force \"{outRoot}/continuity-zero-new\" \"{outRoot}/continuity-zero-new.shard-1-of-2\" " +
                        $"\"{outRoot}/continuity-zero-new.shard-2-of-2\"", merge);
        Assert.Contains($"check \"{outRoot}/continuity-zero-new\"", merge);
        Assert.Contains("--dependency=afterany:", submit);
        Assert.DoesNotContain("afterok", submit);
        Assert.Contains($"sbatch --parsable --array=\"$ids\" \"{temp["slurm/continuity-zero-new.run.sbatch"]}\"", submit);
        Assert.False(Directory.Exists("incstudy-not-created"));
    }

    [Fact]
    public void By_default_the_scripts_run_this_incstudy_by_its_absolute_path()
    {
        using var temp = new TempDirectory();
        (_, string run, _, _) = Generate(temp, "--out", temp["out"]);
        string line = run.Split('\n').Single(l => l.Contains(" run continuity-zero-new "));
        Assert.StartsWith("\"/", line);
        string[] words = line.Split("\" ", 3);
        Assert.True(File.Exists(words[0].Trim('"')), words[0]);
        Assert.EndsWith("incstudy.dll", words[1].Trim('"')); // the test host runs the CLI as "dotnet" "…/incstudy.dll"
    }

    [Fact]
    public void Resolving_the_running_tool_names_the_apphost_or_dotnet_with_the_dll_or_nothing()
    {
        Func<string, bool> exists = _ => true;
        Assert.Equal("\"/home/u/.incstudy/incstudy\"", ToolCommand.Resolve("/home/u/.incstudy/incstudy", "/home/u/.incstudy/.store/x/incstudy.dll", null, exists));
        Assert.Equal("\"/usr/bin/dotnet\" \"/opt/my tools/incstudy.dll\"", ToolCommand.Resolve("/usr/bin/dotnet", "/opt/my tools/incstudy.dll", null, exists));
        Assert.Equal("\"/usr/bin/dotnet\" \"/opt/incstudy.dll\"", ToolCommand.Resolve("/opt/testhost", "/opt/incstudy.dll", "/usr/bin/dotnet", exists));
        Assert.Null(ToolCommand.Resolve("/opt/testhost", "/opt/incstudy.dll", null, exists));
        Assert.Null(ToolCommand.Resolve("/usr/bin/dotnet", "", null, exists)); // single-file: no dll
        Assert.Null(ToolCommand.Resolve("/usr/bin/dotnet", "/opt/incstudy.dll", null, _ => false));
    }

    [Fact]
    public void Options_are_passed_to_every_shard_and_resources_become_sbatch_lines()
    {
        using var temp = new TempDirectory();
        (_, string run, string merge, _) = Generate(temp, "--out", temp["out"], "--seeds", "3", "--data-dir", temp["my data"], "--cpus", "3",
            "--time", "2:00:00", "--mem", "4G", "--partition", "short", "--account", "lab", "--sbatch", "--qos=long", "--sbatch", "#SBATCH --mail-type=END",
            "--command", "/opt/incstudy/incstudy");
        Assert.Contains($"/opt/incstudy/incstudy run continuity-zero-new --budget smoke --seeds 3 --data-dir \"{temp["my data"]}\" --shard \"${{SLURM_ARRAY_TASK_ID}}/2\" " +
                        "--threads \"${SLURM_CPUS_PER_TASK:-3}\"", run);
        Assert.Contains("#SBATCH --cpus-per-task=3\n", run);
        Assert.Contains("#SBATCH --cpus-per-task=1\n", merge);
        foreach (string script in new[] { run, merge })
            foreach (string line in new[] { "--time=2:00:00", "--mem=4G", "--partition=short", "--account=lab", "--qos=long", "--mail-type=END" })
                Assert.Contains($"#SBATCH {line}\n", script);
        Assert.Contains("/opt/incstudy/incstudy merge --force", merge);
    }

    [Fact]
    public void A_scripts_folder_that_an_sbatch_line_cannot_carry_is_refused()
    {
        using var temp = new TempDirectory();
        CliOutcome outcome = CliRunner.Run("slurm", "continuity-zero-new", "--array", "2", "--scripts", temp["my scripts"], "--out", temp["out"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("contains a space, which an #SBATCH --output line cannot carry", outcome.Error);
        Assert.DoesNotContain('\n', outcome.Error.Trim());
        Assert.False(Directory.Exists(temp["my scripts"]));
    }

    /// <summary>The submit script under a stand-in sbatch that records its arguments: only unfinished shards are submitted.</summary>
    [Fact]
    public void Rerunning_the_submit_script_submits_only_unfinished_shards_then_a_fresh_merge()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempDirectory();
        string outRoot = temp["shared results"];
        Generate(temp, "--out", outRoot);
        Directory.CreateDirectory(temp["bin"]);
        File.WriteAllText(temp["bin/sbatch"], "#!/bin/bash\necho \"$*\" >> \"$SBATCH_LOG\"\necho 42\n");
        File.SetUnixFileMode(temp["bin/sbatch"], UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        Assert.Equal(0, CliRunner.Run("run", "continuity-zero-new", "--budget", "smoke", "--shard", "2/2", "--out", outRoot).ExitCode);
        string[] first = Submit(temp);
        Assert.Equal(2, first.Length);
        Assert.StartsWith("--parsable --array=1 ", first[0]);
        Assert.StartsWith("--parsable --dependency=afterany:42 ", first[1]);

        Assert.Equal(0, CliRunner.Run("run", "continuity-zero-new", "--budget", "smoke", "--shard", "1/2", "--out", outRoot).ExitCode);
        string[] second = Submit(temp);
        Assert.Single(second);
        Assert.Equal($"--parsable {temp["slurm/continuity-zero-new.merge.sbatch"]}", second[0]);

        // A shard of another definition (here: other seeds) is not finished for these scripts.
        Directory.Delete(Path.Combine(outRoot, "continuity-zero-new.shard-1-of-2"), recursive: true);
        Assert.Equal(0, CliRunner.Run("run", "continuity-zero-new", "--budget", "smoke", "--seeds", "2", "--shard", "1/2", "--out", outRoot).ExitCode);
        Assert.StartsWith("--parsable --array=1 ", Submit(temp)[0]);
    }

    private static string[] Submit(TempDirectory temp)
    {
        string log = temp["sbatch.log"];
        File.Delete(log);
        var start = new ProcessStartInfo("bash", [temp["slurm/continuity-zero-new.submit.sh"]])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = temp["bin"],
        };
        start.Environment["PATH"] = temp["bin"] + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["SBATCH_LOG"] = log;
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
        return File.ReadAllLines(log);
    }
}
