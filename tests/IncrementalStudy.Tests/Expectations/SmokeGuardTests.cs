using IncrementalStudy.Data.Sources;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Expectations;

/// <summary>
/// Every shipped experiment at its smoke budget, in one 'run --all' through the CLI, must meet the expectations it declares for
/// that budget, on a machine with only the bundled data (the location of the full data sets is an empty folder).
/// </summary>
[Trait("Category", "Slow")] // end-to-end runs or every committed folder: skip with --filter "Category!=Slow"
public class SmokeGuardTests
{
    [Fact]
    public void Smoke_budget_of_every_experiment_runs_on_bundled_data_and_meets_its_expectations()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp["no-data"]);
        CliOutcome outcome = CliRunner.Run("run", "--all", "--budget", "smoke", "--check", "--data-dir", temp["no-data"], "--out", temp["out"]);

        // One message per experiment that did not run or whose checks failed, so a failure names every culprit at once.
        var failures = new List<string>();
        foreach (string experiment in ExperimentsAssembly.Catalog().All.Select(e => e.Name))
        {
            string checksPath = Path.Combine(temp["out"], experiment, ArtifactNames.Checks);
            if (!File.Exists(checksPath))
            {
                failures.Add($"{experiment}: the smoke run wrote no checks");
                continue;
            }
            IReadOnlyList<CheckRecord> checks = CsvFiles.Read<CheckRecord>(checksPath);
            if (checks.Count == 0) failures.Add($"{experiment}: no expectations were checked");
            failures.AddRange(checks.Where(c => c.Verdict != "pass").Select(c => $"{experiment}: {c.Verdict}: {c.Subject} {c.Metric} {c.Expectation}, observed {c.Observed:F3} [{c.Ci95Low:F3}, {c.Ci95High:F3}]"));
        }
        Assert.True(failures.Count == 0 && outcome.ExitCode == 0,
            $"exit {outcome.ExitCode}\n{string.Join("\n", failures)}\n--- stdout\n{outcome.Output}\n--- stderr\n{outcome.Error}");
        Assert.DoesNotContain("Skipped", outcome.Output);

        // split-fashion-mnist ran from the bundled test set, and its manifest says so.
        RunManifest manifest = ResultsWriter.ReadManifest(Path.Combine(temp["out"], "split-fashion-mnist", ArtifactNames.Manifest));
        DatasetRecord dataset = Assert.Single(manifest.Datasets!);
        Assert.Equal(("fashion-mnist-t10k", "bundled", 10000, (int?)null), (dataset.Name, dataset.Origin, dataset.TrainSamples, dataset.TestSamples));
        Assert.Equal(BundledDatasets.FashionTestImages.Sha256, dataset.Sha256["t10k-images-idx3-ubyte.gz"]);
    }
}
