using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Results;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Expectations;

/// <summary>Every committed results folder meets its full-budget expectations, including the headline bounds, and `check` only reads it.</summary>
[Trait("Category", "Slow")] // end-to-end runs or every committed folder: skip with --filter "Category!=Slow"
public class CommittedChecksTests
{
    public static TheoryData<string> Experiments() =>
        [.. Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "results"))
            .Where(d => File.Exists(Path.Combine(d, "manifest.json"))).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Experiments))]
    public void Check_passes_on_committed_results_and_leaves_the_folder_unchanged(string experiment)
    {
        using var temp = new TempDirectory();
        string folder = CommittedCopy.Of(temp, experiment, experiment);
        // An old time on every file, so a rewrite with the same bytes shows too.
        foreach (string file in Directory.GetFiles(folder)) File.SetLastWriteTimeUtc(file, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        string[] before = CommittedCopy.Fingerprint(folder);

        CliOutcome outcome = CliRunner.Run("check", folder);

        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
        Assert.DoesNotContain("FAIL", outcome.Output);
        Assert.Equal(before, CommittedCopy.Fingerprint(folder));
    }

    [Fact]
    public void A_headline_regression_fails_the_check_without_a_baseline()
    {
        using var temp = new TempDirectory();
        string folder = CommittedCopy.Of(temp, "seed-replication", "regressed");
        string path = Path.Combine(folder, ArtifactNames.Summary);
        // 0.7718 → 0.7518: the paired rows are untouched, so only the absolute bound (≥ 0.76) can catch it.
        CsvFiles.Write(path, CsvFiles.Read<SummaryRecord>(path)
            .Select(r => r.Strategy == "shared-head-keras2" && r.Metric == "test_accuracy_final" ? r with { Mean = r.Mean - 0.02 } : r).ToList());
        CliOutcome outcome = CliRunner.Run("check", folder);
        Assert.Equal(1, outcome.ExitCode);
        string failing = outcome.Output.Split('\n').Single(l => l.Contains("FAIL"));
        Assert.Contains("shared-head-keras2", failing);
        Assert.Contains("test_accuracy_final", failing);
    }

    [Fact]
    public void Write_option_records_the_verdicts_in_checks_csv()
    {
        using var temp = new TempDirectory();
        string folder = CommittedCopy.Of(temp, "seed-replication", "written");
        File.Delete(Path.Combine(folder, ArtifactNames.Checks));
        Assert.Equal(0, CliRunner.Run("check", folder, "--write").ExitCode);
        IReadOnlyList<CheckRecord> checks = CsvFiles.Read<CheckRecord>(Path.Combine(folder, ArtifactNames.Checks));
        Assert.Contains(checks, c => c.Subject == "shared-head-keras2" && c.Metric == "test_accuracy_final" && c.Expectation == "mean ≥ 0.76");
    }
}
