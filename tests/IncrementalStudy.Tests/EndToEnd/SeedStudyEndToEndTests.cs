using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Results;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.EndToEnd;

/// <summary>Both seed-study experiments on 2 seeds through the CLI, once per thread count; shared by the tests below.</summary>
public sealed class SeedStudyRuns : IDisposable
{
    private readonly TempDirectory _temp = new();

    public SeedStudyRuns()
    {
        OneThread = _temp["threads-1"];
        TwoThreads = _temp["threads-2"];
        OneThreadOutcome = CliRunner.Run("run", "seed-replication", "continuity-zero-new", "--seeds", "2", "--threads", "1", "--out", OneThread);
        TwoThreadsOutcome = CliRunner.Run("run", "seed-replication", "continuity-zero-new", "--seeds", "2", "--threads", "2", "--out", TwoThreads);
    }

    public string OneThread { get; }
    public string TwoThreads { get; }
    public CliOutcome OneThreadOutcome { get; }
    public CliOutcome TwoThreadsOutcome { get; }

    public void Dispose() => _temp.Dispose();
}

public class SeedStudyEndToEndTests(SeedStudyRuns runs) : IClassFixture<SeedStudyRuns>
{
    [Fact]
    public void Runs_succeed_and_write_every_file()
    {
        Assert.Equal(0, runs.OneThreadOutcome.ExitCode);
        Assert.Equal(0, runs.TwoThreadsOutcome.ExitCode);
        foreach (string experiment in new[] { "seed-replication", "continuity-zero-new" })
            foreach (string file in ArtifactNames.CsvFiles.Append(ArtifactNames.Manifest))
                Assert.True(File.Exists(Path.Combine(runs.OneThread, experiment, file)), $"{experiment}/{file} missing");
        Assert.Contains("shared-head-keras2", runs.OneThreadOutcome.Output);
        Assert.Empty(Directory.GetDirectories(runs.OneThread, ".*")); // no staging folder left behind
    }

    [Fact]
    public void Csv_is_identical_for_one_and_two_threads_apart_from_timing()
    {
        foreach (string experiment in new[] { "seed-replication", "continuity-zero-new" })
            foreach (string file in ArtifactNames.CsvFiles)
                Assert.Equal(CsvComparison.WithoutTiming(Path.Combine(runs.OneThread, experiment, file)),
                    CsvComparison.WithoutTiming(Path.Combine(runs.TwoThreads, experiment, file)));
    }

    [Fact]
    public void Phase_one_accuracy_is_between_0_80_and_the_bayes_limit()
    {
        IReadOnlyList<StepRecord> steps = CsvFiles.Read<StepRecord>(Path.Combine(runs.OneThread, "seed-replication", ArtifactNames.Steps));
        IReadOnlyList<StepRecord> phase1 = [.. steps.Where(s => s.Phase == 1)];
        Assert.Equal(16, phase1.Count); // 8 strategies × 2 seeds
        // Φ(1) = 0.8413 plus 3 standard errors on 2000 test points (0.025).
        Assert.All(phase1, s => Assert.InRange(s.TestAccuracy, 0.80, 0.8413 + 0.025));
        Assert.All(phase1, s => Assert.InRange(s.OracleTestAccuracy!.Value, 0.8413 - 0.025, 0.8413 + 0.025));
    }

    [Fact]
    public void Summary_has_the_required_metrics_and_omits_the_probe_for_one_vs_all()
    {
        IReadOnlyList<SummaryRecord> summary = CsvFiles.Read<SummaryRecord>(Path.Combine(runs.OneThread, "seed-replication", ArtifactNames.Summary));
        string[] required =
        [
            "test_accuracy_after_phase_1", "test_accuracy_after_expansion", "test_accuracy_final", "new_class_recall_final",
            "flip_rate_at_expansion", "old_logits_all_negative_share", "old_logit_max_abs_change", "old_prob_max_abs_change",
            "train_accuracy_end_of_phase_1", "train_accuracy_after_expansion",
        ];
        foreach (string metric in required)
            Assert.Contains(summary, s => s.Strategy == "shared-head-keras2" && s.Metric == metric && s.N == 2);
        Assert.DoesNotContain(summary, s => s.Strategy.StartsWith("ova-") && s.Metric == "flip_rate_at_expansion");
        Assert.Contains(summary, s => s.Strategy == "ova-refit-x200" && s.Metric == "test_accuracy_final");
        Assert.Equal(0.0, summary.Single(s => s.Strategy == "shared-head-keras2" && s.Metric == "old_logit_max_abs_change").Mean);
    }

    [Fact]
    public void Expansion_probe_rows_hold_the_zero_init_identities()
    {
        IReadOnlyList<ExpansionRecord> rows = CsvFiles.Read<ExpansionRecord>(Path.Combine(runs.OneThread, "continuity-zero-new", ArtifactNames.Expansion));
        Assert.Equal(4 * 2 * 2, rows.Count); // strategies × seeds × {test, train}
        foreach (ExpansionRecord row in rows)
        {
            Assert.True(row.OldParamsBitIdentical);
            Assert.Equal(0.0, row.OldLogitMaxAbsChange);
            if (row.Strategy.StartsWith("zero-"))
            {
                Assert.Equal(row.OldLogitsAllNegativeShare, row.FlipRate);
                Assert.Equal((0.0, 0.0), (row.NewLogitMin, row.NewLogitMax));
            }
        }
        Assert.All(rows.Where(r => r.Strategy == "zero-reset"), r => Assert.Equal(0, r.OptimizerStateAfter));
        Assert.All(rows.Where(r => r.Strategy is "zero-carry" or "random-carry"), r => Assert.Equal(2 * 63, r.OptimizerStateAfter));
    }

    [Fact]
    public void Paired_design_gives_arms_that_differ_only_after_expansion_identical_phase_one()
    {
        IReadOnlyList<EpochRecord> epochs = CsvFiles.Read<EpochRecord>(Path.Combine(runs.OneThread, "continuity-zero-new", ArtifactNames.Epochs));
        IEnumerable<EpochRecord> PhaseOne(string strategy) => epochs.Where(e => e.Strategy == strategy && e.Phase == 1).Select(e => e with { Strategy = "" });
        Assert.Equal(PhaseOne("zero-reset"), PhaseOne("zero-carry"));
        Assert.Equal(PhaseOne("zero-reset"), PhaseOne("random-reset"));
        Assert.NotEqual(
            epochs.Where(e => e.Strategy == "zero-reset" && e.Phase == 2).Select(e => e.TrainLoss),
            epochs.Where(e => e.Strategy == "zero-carry" && e.Phase == 2).Select(e => e.TrainLoss));
    }
}
