using System.Diagnostics;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Reliability;

[Trait("Category", "Slow")] // end-to-end runs or every committed folder: skip with --filter "Category!=Slow"
public class ShardAndResumeTests
{
    private static void AssertSameCsv(string expected, string actual)
    {
        foreach (string file in ArtifactNames.CsvFiles)
            Assert.True(CsvComparison.WithoutTiming(Path.Combine(expected, file)) == CsvComparison.WithoutTiming(Path.Combine(actual, file)), $"{file} differs");
    }

    [Fact]
    public void Shards_merged_give_the_single_run_folder()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, CliRunner.Run("run", "seed-replication", "--budget", "smoke", "--out", temp["single"]).ExitCode);
        Assert.Equal(0, CliRunner.Run("run", "seed-replication", "--budget", "smoke", "--shard", "1/2", "--out", temp["shards"]).ExitCode);
        Assert.Equal(0, CliRunner.Run("run", "seed-replication", "--budget", "smoke", "--shard", "2/2", "--threads", "1", "--out", temp["shards"]).ExitCode);
        string[] shardFolders = [temp["shards/seed-replication.shard-1-of-2"], temp["shards/seed-replication.shard-2-of-2"]];
        Assert.All(shardFolders, f => Assert.True(Directory.Exists(f), f));
        CliOutcome merge = CliRunner.Run(["merge", temp["merged"], .. shardFolders]);
        Assert.True(merge.ExitCode == 0, merge.Error);
        AssertSameCsv(temp["single/seed-replication"], temp["merged"]);
    }

    [Fact]
    public void Experiments_of_one_run_overlap_without_changing_results_or_the_order_of_their_output()
    {
        // Three experiments in one command share the two case slots (each starts when the one before has started its last
        // case); each must equal its own single run, and the console must read as if they had run one after another.
        using var temp = new TempDirectory();
        string[] names = ["category-scaling", "continuity-zero-new", "seed-replication"];
        CliOutcome together = CliRunner.Run(["run", .. names, "--budget", "smoke", "--threads", "2", "--out", temp["together"]]);
        Assert.True(together.ExitCode == 0, together.Error);
        foreach (string name in names)
        {
            Assert.Equal(0, CliRunner.Run("run", name, "--budget", "smoke", "--threads", "1", "--out", temp["alone"]).ExitCode);
            AssertSameCsv(temp[$"alone/{name}"], temp[$"together/{name}"]);
        }
        int[] headers = [.. names.Select(n => together.Output.IndexOf($"{n}: ", StringComparison.Ordinal))];
        int[] finished = [.. names.Select((_, k) => together.Output.IndexOf("finished in", k == 0 ? 0 : headers[k], StringComparison.Ordinal))];
        for (int k = 0; k < names.Length; k++)
        {
            Assert.True(headers[k] >= 0 && finished[k] > headers[k], $"{names[k]}: no header or no 'finished in' after it");
            if (k > 0) Assert.True(headers[k] > finished[k - 1], $"{names[k]} printed before {names[k - 1]} had finished:\n{together.Output}");
        }
    }

    [Fact]
    public void Merge_refuses_incomplete_or_overlapping_shards()
    {
        using var temp = new TempDirectory();
        CliRunner.Run("run", "continuity-zero-new", "--budget", "smoke", "--shard", "1/3", "--out", temp.Path);
        string shard = temp["continuity-zero-new.shard-1-of-3"];
        CliOutcome missing = CliRunner.Run("merge", temp["out"], shard);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("cases are in none of the shards", missing.Error);
        CliOutcome twice = CliRunner.Run("merge", temp["out"], shard, shard);
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("is given twice", twice.Error);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Resuming_a_finished_shard_runs_nothing()
    {
        using var temp = new TempDirectory();
        string[] args = ["run", "continuity-zero-new", "--budget", "smoke", "--shard", "1/2", "--out", temp.Path];
        Assert.Equal(0, CliRunner.Run(args).ExitCode);
        string manifest = temp[$"continuity-zero-new.shard-1-of-2/{ArtifactNames.Manifest}"];
        string before = File.ReadAllText(manifest);

        CliOutcome again = CliRunner.Run([.. args, "--resume"]);

        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("shard 1/2 is already finished", again.Output);
        Assert.Equal(before, File.ReadAllText(manifest)); // not rewritten, so not re-run
        CliOutcome otherSeeds = CliRunner.Run([.. args, "--resume", "--seeds", "2"]);
        Assert.True(otherSeeds.ExitCode == 0, otherSeeds.Error);
        Assert.DoesNotContain("already finished", otherSeeds.Output); // another definition is run, not skipped
    }

    [Fact]
    public void Merge_names_unfinished_and_unstarted_shards_with_the_command_that_finishes_them()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, CliRunner.Run("run", "continuity-zero-new", "--budget", "smoke", "--shard", "1/2", "--out", temp["out dir"]).ExitCode);
        // An interrupted shard: its cases so far in the work folder, no shard folder yet.
        string work = temp["out dir/.continuity-zero-new.shard-1-of-2.incomplete"];
        Directory.Move(temp["out dir/continuity-zero-new.shard-1-of-2"], work);
        string[] saved = Directory.GetFiles(Path.Combine(work, ArtifactNames.CaseFolder), "*.json");
        File.Delete(saved[0]);

        CliOutcome merge = CliRunner.Run("merge", temp["merged"], temp["out dir/continuity-zero-new.shard-1-of-2"], temp["out dir/continuity-zero-new.shard-2-of-2"]);

        Assert.Equal(2, merge.ExitCode);
        Assert.Contains("2 of 2 shards are unfinished", merge.Error);
        Assert.Contains($"continuity-zero-new.shard-1-of-2: unfinished, {saved.Length - 1} of {saved.Length} cases done", merge.Error);
        Assert.Contains("continuity-zero-new.shard-2-of-2: not started", merge.Error);
        Assert.Contains($"incstudy run continuity-zero-new --budget smoke --seeds 3 --shard 1/2 --out \"{temp["out dir"]}\" --resume", merge.Error);
        Assert.Contains($"incstudy run continuity-zero-new --budget smoke --seeds 3 --shard 2/2 --out \"{temp["out dir"]}\" --resume", merge.Error);
        Assert.DoesNotContain("manifest.json is missing", merge.Error);
        Assert.False(Directory.Exists(temp["merged"]));
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1-2")]
    public void Bad_shard_specs_are_rejected(string spec)
    {
        using var temp = new TempDirectory();
        CliOutcome outcome = CliRunner.Run("run", "seed-replication", "--shard", spec, "--out", temp.Path);
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("--shard", outcome.Error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_unwritable_output_folder_is_reported()
    {
        CliOutcome outcome = CliRunner.Run("run", "seed-replication", "--budget", "smoke", "--out", "/proc/incstudy-cannot-write-here");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("cannot be written", outcome.Error);
    }

    /// <summary>A real process, stopped with SIGTERM after its first case, resumed, and compared with an uninterrupted run.</summary>
    [Fact]
    public void Sigterm_stops_after_running_cases_and_resume_gives_the_same_csv()
    {
        using var temp = new TempDirectory();
        string[] args = ["run", "split-digits", "--budget", "smoke", "--threads", "1", "--out", temp["interrupted"]];
        using (Process process = StartCli(args))
        {
            string? line;
            while ((line = process.StandardOutput.ReadLine()) is not null && !line.Contains("[1/16]")) { }
            Assert.NotNull(line);
            Process.Start("kill", ["-TERM", process.Id.ToString()])!.WaitForExit();
            string rest = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 3, $"exit {process.ExitCode}: {rest}");
            Assert.Contains("--resume", rest);
        }
        string work = temp["interrupted/.split-digits.incomplete"];
        RunManifest manifest = ResultsWriter.ReadManifest(Path.Combine(work, ArtifactNames.Manifest));
        Assert.Equal(RunManifest.Interrupted, manifest.Status);
        int saved = Directory.GetFiles(Path.Combine(work, ArtifactNames.CaseFolder), "*.json").Length;
        Assert.InRange(saved, 1, 15);
        Assert.False(Directory.Exists(temp["interrupted/split-digits"]), "an interrupted run must not look finished");

        CliOutcome otherDefinition = CliRunner.Run([.. args, "--resume", "--seeds", "3"]);
        Assert.Equal(2, otherDefinition.ExitCode);
        Assert.Contains("different definition", otherDefinition.Error);

        CliOutcome resumed = CliRunner.Run([.. args, "--resume"]);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains($"resuming with {saved} finished", resumed.Output);
        Assert.Equal(0, CliRunner.Run("run", "split-digits", "--budget", "smoke", "--out", temp["straight"]).ExitCode);
        AssertSameCsv(temp["straight/split-digits"], temp["interrupted/split-digits"]);
        Assert.False(Directory.Exists(work));
    }

    private static Process StartCli(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "incstudy.dll"));
        foreach (string a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }
}
