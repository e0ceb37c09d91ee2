namespace IncrementalStudy.Results.Tables;

/// <summary>
/// The tables every results folder has, which reports and figures read. Per-case tables are filled by the standard
/// observers (IncrementalStudy.Recording); the experiment-level ones are computed from all cases when a run is assembled.
/// A strategy's own table is declared next to its observer instead (README, "Extending").
/// </summary>
internal static class StandardTables
{
    public static readonly ResultTable<EpochRecord> Epochs = new("epochs.csv");
    public static readonly ResultTable<StepRecord> Steps = new("steps.csv", r => (r.Experiment, r.Strategy, r.Seed, r.Phase), "experiment, strategy, seed and phase");
    public static readonly ResultTable<PerClassRecord> PerClass = new("per_class.csv");
    public static readonly ResultTable<ConfusionRecord> Confusion = new("confusion.csv");
    public static readonly ResultTable<ExpansionRecord> Expansion = new("expansion.csv");
    public static readonly ResultTable<AccuracyMatrixRecord> AccuracyMatrix = new("accuracy_matrix.csv",
        r => (r.Experiment, r.Strategy, r.Seed, r.AfterStep, r.OnStep), "experiment, strategy, seed, after_step and on_step");
    public static readonly ResultTable<HeadRecord> Head = new("head.csv");
    public static readonly ResultTable<DecisionGridRecord> DecisionRegions = new("decision_regions.csv");
    public static readonly ResultTable<CostRecord> Cost = new("cost.csv");
    public static readonly ResultTable<MemoryRecord> Memory = new("memory.csv");

    public static readonly ResultTable<PointRecord> TestPoints = new("test_points.csv");
    public static readonly ResultTable<CaseStatusRecord> Cases = new("cases.csv", r => (r.Experiment, r.Strategy, r.Seed), "experiment, strategy and seed");
    public static readonly ResultTable<MetricRecord> Metrics = new("metrics.csv", r => (r.Experiment, r.Strategy, r.Seed, r.Metric),
        "experiment, strategy, seed and metric");
    public static readonly ResultTable<SummaryRecord> Summary = new("summary.csv", r => (r.Experiment, r.Strategy, r.Metric), "experiment, strategy and metric");
    public static readonly ResultTable<PairedRecord> Paired = new("paired.csv", r => (r.Experiment, r.Metric, r.StrategyA, r.StrategyB),
        "experiment, metric, strategy_a and strategy_b");
    public static readonly ResultTable<CheckRecord> Checks = new("checks.csv", r => (r.Experiment, r.Subject, r.Metric, r.Expectation),
        "experiment, subject, metric and expectation");

    /// <summary>Per-case tables, filled by the standard observers, in the order a results folder lists them.</summary>
    public static IReadOnlyList<IResultTable> PerCase { get; } = [Epochs, Steps, PerClass, Confusion, Expansion, AccuracyMatrix, Head, DecisionRegions, Cost, Memory];

    /// <summary>Tables computed from all cases of a run.</summary>
    public static IReadOnlyList<IResultTable> PerExperiment { get; } = [TestPoints, Cases, Metrics, Summary, Paired, Checks];

    /// <summary>Per-case tables added after results folders were first committed: a folder without them reads as empty.</summary>
    public static IReadOnlyList<IResultTable> Optional { get; } = [Memory];

    /// <summary>Every standard table: what a results folder always holds.</summary>
    public static IReadOnlyList<IResultTable> All { get; } = [.. PerCase, .. PerExperiment];
}
