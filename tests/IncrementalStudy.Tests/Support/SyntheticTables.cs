using IncrementalStudy.Numerics;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Tests.Support;

/// <summary>
/// Hand-made results records (no training) with knobs for the edge cases figures must survive: one seed, one strategy,
/// NaN cells, a class without test points, one-vs-all strategies without a probe.
/// </summary>
internal static class SyntheticTables
{
    /// <summary>Three phases (2, 3 and 4 classes), so the multi-step figures apply too.</summary>
    private const int Phases = 3;

    public static ResultsTables Build(int seeds = 3, string[]? strategies = null, bool nanCells = false, bool emptyClass = false)
    {
        strategies ??= ["shared-a", "ova-b"];
        var rng = new Rng(99);
        double Noise(double center) => center + 0.05 * (rng.NextDouble() - 0.5);
        const string experiment = "synthetic";
        var epochs = new List<EpochRecord>();
        var steps = new List<StepRecord>();
        var perClass = new List<PerClassRecord>();
        var expansion = new List<ExpansionRecord>();
        var matrix = new List<AccuracyMatrixRecord>();
        var head = new List<HeadRecord>();
        var grid = new List<DecisionGridRecord>();
        var cost = new List<CostRecord>();
        var memory = new List<MemoryRecord>();
        var metrics = new List<MetricRecord>();

        foreach (string strategy in strategies)
            for (int seed = 1; seed <= seeds; seed++)
            {
                bool shared = strategy.StartsWith("shared", StringComparison.Ordinal);
                for (int phase = 1; phase <= Phases; phase++)
                {
                    int classes = phase + 1;
                    for (int epoch = 0; epoch <= 3; epoch++)
                        epochs.Add(new EpochRecord(experiment, strategy, seed, phase, shared ? "shared" : $"binary-{classes - 1}", epoch, (phase - 1) * 3 + epoch,
                            epoch * 10, epoch == 0 ? null : Noise(0.5), epoch == 0 ? null : Noise(0.8), Noise(1.0 / (epoch + 1)), Noise(0.8),
                            Noise(0.6), Noise(0.7 + 0.03 * epoch), Noise(0.7 + 0.03 * epoch)));
                    steps.Add(new StepRecord(experiment, strategy, seed, phase, classes, 100, Noise(0.8), Noise(0.75), Noise(0.75), phase > 1 ? Noise(0.7) : null,
                        phase > 1 ? Noise(0.6) : null, 0.8, 30, 63 + phase, 50 + phase, 1.5));
                    for (int c = 0; c < classes; c++)
                    {
                        bool empty = emptyClass && c == classes - 1;
                        perClass.Add(new PerClassRecord(experiment, strategy, seed, phase, c, empty ? 0 : 50, empty ? double.NaN : Noise(0.7), 1.0 / classes, 10, 20));
                    }
                    for (int c = 0; c < classes; c++) head.Add(new HeadRecord(experiment, strategy, seed, phase, c, Noise(1), Noise(0)));
                    for (int j = 1; j <= Phases; j++)
                        matrix.Add(new AccuracyMatrixRecord(experiment, strategy, seed, phase, j, nanCells && j > phase ? double.NaN : j > phase ? 0 : Noise(0.8)));
                    if (seed == 1)
                        for (int i = 0; i < 5; i++)
                            for (int k = 0; k < 5; k++)
                                grid.Add(new DecisionGridRecord(experiment, strategy, 1, phase, i - 2.0, k - 2.0, (i + k) % classes));
                }
                if (shared)
                    foreach (string data in new[] { "test", "train" })
                        expansion.Add(new ExpansionRecord(experiment, strategy, seed, 2, 2, data, 100, true, 0, 0, 0, Noise(0.1), Noise(0.1), Noise(0.3), Noise(0.1),
                            0.5, Noise(0.55), null, Noise(0.6), 60, 0));
                cost.Add(new CostRecord(experiment, strategy, seed, Noise(40), 0.1, 800, 8000, 1000, 63, 50, Noise(20), 1_200_000, 400_000));
                long bytes = shared ? 0 : (long)Noise(4000);
                memory.Add(new MemoryRecord(experiment, strategy, seed, Phases, bytes / 12, bytes, 100, bytes, 200));
                metrics.Add(new MetricRecord(experiment, strategy, seed, "test_accuracy_final", Noise(0.75)));
                metrics.Add(new MetricRecord(experiment, strategy, seed, "test_accuracy_after_phase_1", Noise(0.84)));
            }

        string[] order = [.. strategies];
        var manifest = new RunManifest(experiment, "A synthetic record set for figure tests.", "full", "centres (0,0) (0,2); train sizes [10, 10]; 3 seeds", "0", null,
            seeds, order, seeds * order.Length, 1, "complete", "test", null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch,
            MachineInfo.Current(), new Dictionary<string, string> { ["test"] = "1" });
        PointRecord[] points = [.. Enumerable.Range(0, 30).Select(i => new PointRecord(experiment, 1, i % 3, Noise(i % 3), Noise(i % 2)))];
        CaseStatusRecord[] statuses = [.. cost.Select(c => new CaseStatusRecord(experiment, c.Strategy, c.Seed, "complete", ""))];
        return new ResultsTables(manifest)
            .With(StandardTables.Epochs, epochs).With(StandardTables.Steps, steps).With(StandardTables.PerClass, perClass)
            .With(StandardTables.Confusion, []).With(StandardTables.Expansion, expansion).With(StandardTables.AccuracyMatrix, matrix)
            .With(StandardTables.Head, head).With(StandardTables.DecisionRegions, grid).With(StandardTables.TestPoints, points)
            .With(StandardTables.Cost, cost).With(StandardTables.Memory, memory).With(StandardTables.Cases, statuses).With(StandardTables.Metrics, metrics)
            .With(StandardTables.Summary, Summarizer.Summarize(experiment, order, metrics))
            .With(StandardTables.Paired, PairedDifferences.Compute(experiment, order, metrics))
            .With(StandardTables.Checks, [new CheckRecord(experiment, order[0], "test_accuracy_final", "mean ≥ 0.5", 0.75, 0.7, 0.8, "pass", "n = 3")]);
    }
}
