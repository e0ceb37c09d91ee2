using System.Diagnostics;
using IncrementalStudy.Reporting;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Reliability;

/// <summary>run, merge and report replace or delete only folders that incstudy wrote itself.</summary>
public class OutputOwnershipTests
{
    private const string Experiment = "continuity-zero-new";

    private static CliOutcome Run(string outRoot, params string[] extra) =>
        CliRunner.Run(["run", Experiment, "--budget", "smoke", "--threads", "1", "--out", outRoot, .. extra]);

    /// <summary>Both shards of the smoke run, in temp/shards; returns their folders.</summary>
    private static string[] Shards(TempDirectory temp)
    {
        Assert.Equal(0, Run(temp["shards"], "--shard", "1/2").ExitCode);
        Assert.Equal(0, Run(temp["shards"], "--shard", "2/2").ExitCode);
        return [temp[$"shards/{Experiment}.shard-1-of-2"], temp[$"shards/{Experiment}.shard-2-of-2"]];
    }

    private static string Snapshot(string folder) =>
        string.Join('\n', Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order().Select(f => f + ":" + File.ReadAllText(f).GetHashCode()));

    private static void AssertOneLineRefusal(CliOutcome outcome, string expected)
    {
        Assert.True(outcome.ExitCode == 2, $"exit {outcome.ExitCode}: {outcome.Error}");
        Assert.Contains(expected, outcome.Error);
        Assert.Single(outcome.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Run_refuses_an_experiment_folder_it_did_not_write()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp[$"unrel/{Experiment}"]);
        File.WriteAllText(temp[$"unrel/{Experiment}/thesis.tex"], "x");
        CliOutcome outcome = Run(temp["unrel"]);
        AssertOneLineRefusal(outcome, "move it away or choose another --out");
        Assert.Equal("x", File.ReadAllText(temp[$"unrel/{Experiment}/thesis.tex"]));
        Assert.Equal([temp[$"unrel/{Experiment}"]], Directory.GetFileSystemEntries(temp["unrel"]));
    }

    [Fact]
    public void Run_refuses_results_of_another_experiment_but_replaces_its_own()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Run(temp.Path).ExitCode);
        Assert.Equal(0, Run(temp.Path).ExitCode); // its own folder is replaced
        string manifest = temp[$"{Experiment}/{ArtifactNames.Manifest}"];
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace($"\"{Experiment}\"", "\"seed-replication\""));
        AssertOneLineRefusal(Run(temp.Path), "holds results of 'seed-replication'");
    }

    [Fact]
    public void Run_refuses_a_shard_folder_it_did_not_write()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp[$"{Experiment}.shard-1-of-2"]);
        File.WriteAllText(temp[$"{Experiment}.shard-1-of-2/notes.txt"], "x");
        AssertOneLineRefusal(Run(temp.Path, "--shard", "1/2"), "has no manifest.json");
        Assert.True(File.Exists(temp[$"{Experiment}.shard-1-of-2/notes.txt"]));
    }

    [Fact]
    public void An_empty_out_is_refused_with_its_value() => AssertOneLineRefusal(Run(""), "--out '' is empty");

    [Theory]
    [InlineData("loop")]
    [InlineData("loop/inside")]
    public void Merge_refuses_an_out_behind_a_symlink_loop_with_its_value(string outName)
    {
        using var temp = new TempDirectory();
        string[] shards = Shards(temp);
        File.CreateSymbolicLink(temp["loop"], temp["loop"]);
        AssertOneLineRefusal(CliRunner.Run(["merge", temp[outName], .. shards]), $"OUT '{temp[outName]}' cannot be resolved");
    }

    [Fact]
    public void Merge_refuses_an_existing_out_and_keeps_its_files()
    {
        using var temp = new TempDirectory();
        string[] shards = Shards(temp);
        Directory.CreateDirectory(temp["work/sub"]);
        File.WriteAllText(temp["work/data.txt"], "x");
        AssertOneLineRefusal(CliRunner.Run(["merge", temp["work"], .. shards]), "add --force");
        AssertOneLineRefusal(CliRunner.Run(["merge", temp["work"], .. shards, "--force"]), "has no manifest.json");
        Assert.True(File.Exists(temp["work/data.txt"]));
        Assert.True(Directory.Exists(temp["work/sub"]));
    }

    [Fact]
    public void Merge_with_force_replaces_only_a_finished_results_folder_of_the_experiment()
    {
        using var temp = new TempDirectory();
        string[] shards = Shards(temp);
        Assert.Equal(0, CliRunner.Run(["merge", temp["merged"], .. shards]).ExitCode);
        AssertOneLineRefusal(CliRunner.Run(["merge", temp["merged"], .. shards]), "already exists");
        CliOutcome forced = CliRunner.Run(["merge", temp["merged"], .. shards, "--force"]);
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Equal(0, CliRunner.Run("run", "seed-replication", "--budget", "smoke", "--out", temp["other"]).ExitCode);
        AssertOneLineRefusal(CliRunner.Run(["merge", temp["other/seed-replication"], .. shards, "--force"]), "holds results of 'seed-replication'");
    }

    [Theory]
    [InlineData("first", "is the shard")]
    [InlineData("first/inside", "is inside the shard")]
    [InlineData("shards", "contains the shard")]
    [InlineData("link-to-first", "is the shard")]
    public void Merge_refuses_an_out_that_is_inside_or_contains_a_shard_and_leaves_the_shards_alone(string outName, string expected)
    {
        using var temp = new TempDirectory();
        string[] shards = Shards(temp);
        Directory.CreateSymbolicLink(temp["link-to-first"], shards[0]);
        string before = Snapshot(temp["shards"]);
        string target = outName == "first" ? shards[0] : outName == "first/inside" ? Path.Combine(shards[0], "inside") : temp[outName];
        AssertOneLineRefusal(CliRunner.Run(["merge", target, .. shards, "--force"]), expected);
        Assert.Equal(before, Snapshot(temp["shards"]));
    }

    [Fact]
    public void Merge_refuses_a_shard_given_twice_under_another_spelling()
    {
        using var temp = new TempDirectory();
        string[] shards = Shards(temp);
        Directory.CreateSymbolicLink(temp["link"], shards[0]);
        AssertOneLineRefusal(CliRunner.Run(["merge", temp["out"], .. shards, temp["link"]]), "is given twice");
        AssertOneLineRefusal(CliRunner.Run(["merge", temp["out"], shards[0], shards[0] + "/", shards[1]]), "is given twice");
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Merge_refuses_two_shards_holding_the_same_case()
    {
        using var temp = new TempDirectory();
        string[] shards = Shards(temp);
        Directory.CreateDirectory(temp["copy"]);
        foreach (string file in Directory.GetFiles(shards[0], "*", SearchOption.AllDirectories))
        {
            string copy = Path.Combine(temp["copy"], Path.GetRelativePath(shards[0], file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        AssertOneLineRefusal(CliRunner.Run(["merge", temp["out"], .. shards, temp["copy"]]), "is in more than one shard");
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Staging_folders_of_killed_runs_are_removed_but_foreign_ones_are_kept()
    {
        using var temp = new TempDirectory();
        int dead = DeadProcessId(), alsoDead = DeadProcessId();
        string stale = temp[$".{Experiment}.partial-{dead}"], previous = temp[$".{Experiment}.previous-{dead}"];
        string foreign = temp[$".{Experiment}.partial-{alsoDead}"], otherName = temp[$".{Experiment}x.partial-{dead}"];
        foreach (string folder in new[] { stale, previous, foreign, otherName }) Directory.CreateDirectory(Path.Combine(folder, ArtifactNames.PlotsFolder));
        File.WriteAllText(Path.Combine(stale, ArtifactNames.Epochs), "half");
        File.WriteAllText(Path.Combine(previous, ArtifactNames.Manifest), "{}");
        File.WriteAllText(Path.Combine(foreign, "thesis.tex"), "x");
        File.WriteAllText(Path.Combine(otherName, ArtifactNames.Epochs), "x");
        Assert.Equal(0, Run(temp.Path).ExitCode);
        Assert.False(Directory.Exists(stale));
        Assert.False(Directory.Exists(previous));
        Assert.True(File.Exists(Path.Combine(foreign, "thesis.tex")));
        Assert.True(Directory.Exists(otherName));
    }

    [Fact]
    public void Report_does_not_delete_a_foreign_folder_at_its_staging_path()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Run(temp.Path).ExitCode);
        string staging = temp[$".{Experiment}.partial-{Environment.ProcessId}"];
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "thesis.tex"), "x");
        AssertOneLineRefusal(CliRunner.Run("report", temp[Experiment]), "holds files incstudy did not write");
        Assert.True(File.Exists(Path.Combine(staging, "thesis.tex")));
    }

    /// <summary>The id of a process that has exited (ids are reused only after wrapping around).</summary>
    private static int DeadProcessId()
    {
        using Process process = Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    [Fact]
    public void Merge_and_report_refuse_a_folder_a_run_is_writing()
    {
        using var temp = new TempDirectory();
        string[] shards = Shards(temp);
        Assert.Equal(0, Run(temp["done"]).ExitCode);
        string folder = temp[$"done/{Experiment}"];
        string before = Snapshot(folder);
        // What `run` holds while it writes OUT/NAME.
        using (new FileStream(temp[$"done/.{Experiment}.lock"], FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        using (new FileStream(temp[".merged.lock"], FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            AssertOneLineRefusal(CliRunner.Run("report", folder), "being written by another incstudy run");
            AssertOneLineRefusal(CliRunner.Run(["merge", temp["merged"], .. shards]), "being written by another incstudy run");
        }
        Assert.Equal(before, Snapshot(folder));
        Assert.False(Directory.Exists(temp["merged"]));
        Assert.Equal(0, CliRunner.Run("report", folder).ExitCode);
        Assert.Equal(0, CliRunner.Run(["merge", temp["merged"], .. shards]).ExitCode);
    }
}
