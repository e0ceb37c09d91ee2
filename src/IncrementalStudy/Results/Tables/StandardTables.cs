namespace IncrementalStudy.Results.Tables;

/// <summary>
/// The tables every results folder has, which reports and figures read. Per-case tables are filled by the standard
/// observers (IncrementalStudy.Recording); the experiment-level ones are computed from all cases when a run is assembled.
/// A strategy's own table is declared next to its observer instead (see README, "Extending").
/// </summary>
public static class StandardTables
{
    public static readonly ResultTable<EpochRecord> Epochs = new("epochs.csv");
    public static readonly ResultTable<StepRecord> Steps = new("steps.csv");
    public static readonly ResultTable<PerClassRecord> PerClass = new("per_class.csv");
    public static readonly ResultTable<ConfusionRecord> Confusion = new("confusion.csv");
    public static readonly ResultTable<ExpansionRecord> Expansion = new("expansion.csv");
    public static readonly ResultTable<AccuracyMatrixRecord> AccuracyMatrix = new("accuracy_matrix.csv");
    public static readonly ResultTable<HeadRecord> Head = new("head.csv");
    public static readonly ResultTable<DecisionGridRecord> DecisionRegions = new("decision_regions.csv");
    public static readonly ResultTable<CostRecord> Cost = new("cost.csv");

    /// <summary>Per-case tables in the order a results folder lists them.</summary>
    public static IReadOnlyList<IResultTable> PerCase { get; } = [Epochs, Steps, PerClass, Confusion, Expansion, AccuracyMatrix, Head, DecisionRegions, Cost];
}
