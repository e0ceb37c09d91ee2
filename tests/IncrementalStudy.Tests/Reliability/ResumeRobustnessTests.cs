using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Reliability;

/// <summary>Unfinished runs are never thrown away silently; broken or busy work folders give a one-line refusal.</summary>
[Trait("Category", "Slow")] // end-to-end runs or every committed folder: skip with --filter "Category!=Slow"
public class ResumeRobustnessTests
{
    private const string Experiment = "continuity-zero-new";
    private const int Cases = 12; // 4 strategies × 3 seeds at the smoke budget

    private static CliOutcome Run(string outRoot, params string[] extra) =>
        CliRunner.Run(["run", Experiment, "--budget", "smoke", "--threads", "1", "--out", outRoot, .. extra]);

    private static string Work(TempDirectory temp) => temp[$".{Experiment}.incomplete"];

    private static int SavedCases(TempDirectory temp) => Directory.GetFiles(Path.Combine(Work(temp), ArtifactNames.CaseFolder), "*.json").Length;

    private static void AssertOneLineRefusal(CliOutcome outcome, params string[] expected)
    {
        Assert.True(outcome.ExitCode == 2, $"exit {outcome.ExitCode}: {outcome.Error}");
        foreach (string text in expected) Assert.Contains(text, outcome.Error);
        Assert.Single(outcome.Error.Trim().Split('\n'));
    }

    /// <summary>
    /// A run whose every case finished but whose results could not be written: a file sits where the results are staged
    /// (the same IOException a full disk gives). Returns the blocking file; delete it to let the run finish.
    /// </summary>
    private static string RunThatCannotWriteItsResults(TempDirectory temp)
    {
        string blocker = temp[$".{Experiment}.partial-{Environment.ProcessId}"];
        File.WriteAllText(blocker, "");
        CliOutcome outcome = Run(temp.Path);
        Assert.True(outcome.ExitCode == 3, $"exit {outcome.ExitCode}: {outcome.Error}");
        Assert.Contains("could not write the results", outcome.Error);
        Assert.Contains("--resume", outcome.Error);
        Assert.Equal(RunManifest.Interrupted, ResultsWriter.ReadManifest(Path.Combine(Work(temp), ArtifactNames.Manifest)).Status);
        Assert.Equal(Cases, SavedCases(temp));
        Assert.False(Directory.Exists(temp[Experiment]));
        return blocker;
    }

    [Fact]
    public void Write_failures_keep_finished_cases_and_resume_completes_once_the_cause_is_gone()
    {
        using var temp = new TempDirectory();
        string blocker = RunThatCannotWriteItsResults(temp);

        // Saving a case fails too (a folder where its temporary file goes): the other cases stay, the run stays resumable.
        string cases = Path.Combine(Work(temp), ArtifactNames.CaseFolder);
        File.Delete(Path.Combine(cases, "2.json"));
        Directory.CreateDirectory(Path.Combine(cases, "2.json.tmp"));
        CliOutcome failedSave = Run(temp.Path, "--resume");
        Assert.True(failedSave.ExitCode == 3, $"exit {failedSave.ExitCode}: {failedSave.Error}");
        Assert.Contains($"{Cases - 1} of {Cases} finished cases are kept", failedSave.Error);
        Assert.Equal(RunManifest.Interrupted, ResultsWriter.ReadManifest(Path.Combine(Work(temp), ArtifactNames.Manifest)).Status);

        Directory.Delete(Path.Combine(cases, "2.json.tmp"));
        File.Delete(blocker);
        CliOutcome resumed = Run(temp.Path, "--resume");
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains($"resuming with {Cases - 1} finished", resumed.Output);
        Assert.Equal(0, CliRunner.Run("run", Experiment, "--budget", "smoke", "--out", temp["straight"]).ExitCode);
        foreach (string file in ArtifactNames.CsvFiles)
            Assert.Equal(CsvComparison.WithoutTiming(temp[$"straight/{Experiment}/{file}"]), CsvComparison.WithoutTiming(temp[$"{Experiment}/{file}"]));
        Assert.False(Directory.Exists(Work(temp)));
    }

    [Fact]
    public void Running_again_without_resume_refuses_and_force_discards()
    {
        using var temp = new TempDirectory();
        File.Delete(RunThatCannotWriteItsResults(temp));
        AssertOneLineRefusal(Run(temp.Path), Work(temp), $"{Cases} cases finished", "--resume", "--force");
        Assert.Equal(Cases, SavedCases(temp));
        CliOutcome forced = Run(temp.Path, "--force");
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.DoesNotContain("resuming", forced.Output);
    }

    [Theory]
    [InlineData("case")]
    [InlineData("manifest")]
    [InlineData("no-manifest")]
    public void Resume_of_a_broken_work_folder_names_the_file_and_force_starts_over(string broken)
    {
        using var temp = new TempDirectory();
        File.Delete(RunThatCannotWriteItsResults(temp));
        string file = broken == "case" ? Path.Combine(Work(temp), ArtifactNames.CaseFolder, "4.json") : Path.Combine(Work(temp), ArtifactNames.Manifest);
        if (broken == "no-manifest") File.Delete(file);
        else File.WriteAllText(file, "{ not json");
        AssertOneLineRefusal(Run(temp.Path, "--resume"), file, "--force");
        CliOutcome forced = Run(temp.Path, "--resume", "--force");
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.DoesNotContain("resuming", forced.Output);
        Assert.True(File.Exists(temp[$"{Experiment}/{ArtifactNames.Manifest}"]));
    }

    [Fact]
    public void A_second_run_into_the_same_folder_is_refused_while_the_first_holds_the_lock()
    {
        using var temp = new TempDirectory();
        string lockFile = temp[$".{Experiment}.lock"];
        using (new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            AssertOneLineRefusal(Run(temp.Path), "another incstudy run", lockFile);
            Assert.False(Directory.Exists(Work(temp)));
        }
        Assert.Equal(0, Run(temp.Path).ExitCode);
        Assert.False(File.Exists(lockFile), "the lock file is removed when the run ends");
    }
}
