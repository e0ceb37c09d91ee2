using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Results;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Expectations;

public class CheckCommandTests
{
    /// <summary>A fresh copy of a committed full-budget results folder (it declares paired and baseline expectations).</summary>
    private static string CopyOfCommitted(TempDirectory temp, string experiment, string name)
    {
        string source = Path.Combine(RepositoryRoot.Path, "results", experiment), copy = temp[name];
        Directory.CreateDirectory(copy);
        foreach (string file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }

    private static void EditSummary(string folder, string strategy, string metric, Func<SummaryRecord, SummaryRecord> edit)
    {
        string path = Path.Combine(folder, ArtifactNames.Summary);
        CsvFiles.Write(path, CsvFiles.Read<SummaryRecord>(path).Select(r => r.Strategy == strategy && r.Metric == metric ? edit(r) : r).ToList());
    }

    [Fact]
    public void Committed_results_pass_their_own_check_and_baseline()
    {
        using var temp = new TempDirectory();
        string folder = CopyOfCommitted(temp, "seed-replication", "fresh");
        CliOutcome outcome = CliRunner.Run("check", folder, "--baseline", CopyOfCommitted(temp, "seed-replication", "baseline"), "--write");
        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
        Assert.DoesNotContain("FAIL", outcome.Output);
        Assert.All(CsvFiles.Read<CheckRecord>(Path.Combine(folder, ArtifactNames.Checks)), c => Assert.Equal("pass", c.Verdict));
    }

    [Fact]
    public void An_altered_metric_fails_the_check_and_names_the_row()
    {
        using var temp = new TempDirectory();
        string folder = CopyOfCommitted(temp, "seed-replication", "altered");
        EditSummary(folder, "shared-head-keras2", "old_logit_max_abs_change", r => r with { Mean = 0.25 });
        CliOutcome outcome = CliRunner.Run("check", folder);
        Assert.Equal(1, outcome.ExitCode);
        string failing = outcome.Output.Split('\n').Single(l => l.Contains("FAIL"));
        Assert.Contains("shared-head-keras2", failing);
        Assert.Contains("old_logit_max_abs_change", failing);
    }

    [Fact]
    public void A_shifted_mean_is_caught_by_the_baseline_comparison()
    {
        using var temp = new TempDirectory();
        string baseline = CopyOfCommitted(temp, "seed-replication", "baseline"), fresh = CopyOfCommitted(temp, "seed-replication", "shifted");
        // Shift by 5 combined standard errors: beyond the declared k = 3.
        EditSummary(fresh, "shared-head-keras2", "test_accuracy_final", r => r with { Mean = r.Mean + 5 * Math.Sqrt(2) * r.Sem });
        CliOutcome outcome = CliRunner.Run("check", fresh, "--baseline", baseline);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("within 3 combined SEM of the baseline", outcome.Output.Split('\n').Single(l => l.Contains("FAIL")));
    }

    [Fact]
    public void Unusable_input_exits_with_2_and_says_why()
    {
        using var temp = new TempDirectory();
        Assert.Equal(2, CliRunner.Run("check", temp["missing"]).ExitCode);
        string folder = CopyOfCommitted(temp, "seed-replication", "no-summary");
        File.Delete(Path.Combine(folder, ArtifactNames.Summary));
        CliOutcome missing = CliRunner.Run("check", folder);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("summary.csv is missing", missing.Error);
        CliOutcome wrongBaseline = CliRunner.Run("check", CopyOfCommitted(temp, "seed-replication", "a"), "--baseline", CopyOfCommitted(temp, "continuity-zero-new", "b"));
        Assert.Equal(2, wrongBaseline.ExitCode);
        Assert.Contains("holds 'continuity-zero-new', not 'seed-replication'", wrongBaseline.Error);
    }

    [Fact]
    public void Checker_handles_bounds_signs_and_flipped_pairs()
    {
        SummaryRecord[] summary = [new("e", "a", "m", 5, 0.8, 0.01, 0.004, 0.79, 0.81)];
        PairedRecord[] paired = [new("e", "m", "a", "b", 5, 0.05, 0.01, 0.004, 0.04, 0.06)];
        Expectation[] expectations =
        [
            new MetricBound("a", "m", 0.7, 0.9), new MetricBound("a", "m", AtLeast: 0.85),
            new PairedDifference("m", "a", "b", DifferenceSign.Positive), new PairedDifference("m", "b", "a", DifferenceSign.Negative),
            new PairedDifference("m", "b", "a", DifferenceSign.Unresolved), new MetricBound("a", "missing", AtLeast: 0),
            new WithinBaseline("a", "m"),
        ];
        string[] verdicts = [.. ExpectationChecker.Check("e", expectations, summary, paired).Select(c => c.Verdict)];
        Assert.Equal(["pass", "pass", "fail", "pass", "pass", "fail", "fail", "skipped"], verdicts); // first: every case completed
    }

    [Fact]
    public void Every_experiment_declares_expectations_at_both_budgets()
    {
        foreach (IExperiment experiment in ExperimentsAssembly.Catalog().All)
            foreach (Budget budget in Enum.GetValues<Budget>())
            {
                ExperimentDefinition definition = experiment.Define(budget);
                Assert.NotEmpty(definition.Expectations);
                Assert.Equal(budget, definition.Budget);
                string[] strategies = [.. definition.Strategies.Select(s => s.Name)];
                foreach (Expectation e in definition.Expectations)
                    Assert.True(e switch
                    {
                        MetricBound b => strategies.Contains(b.Strategy),
                        WithinBaseline w => strategies.Contains(w.Strategy),
                        PairedDifference p => strategies.Contains(p.StrategyA) && strategies.Contains(p.StrategyB),
                        _ => false,
                    }, $"{experiment.Name} ({budget}) names a strategy it does not have: {e}");
            }
        Assert.True(ExperimentsAssembly.Catalog().All.All(e => e.Define(Budget.Smoke).Cases().Count < e.Define(Budget.Full).Cases().Count
            || e.Define(Budget.Smoke).Fit.Epochs < e.Define(Budget.Full).Fit.Epochs), "smoke budgets must be smaller");
    }
}
