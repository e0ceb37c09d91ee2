namespace IncrementalStudy.Results;

/// <summary>Every record one case (strategy × seed) produced.</summary>
public sealed record CaseResult(
    string Strategy,
    int Seed,
    IReadOnlyList<EpochRecord> Epochs,
    IReadOnlyList<StepRecord> Steps,
    IReadOnlyList<PerClassRecord> PerClass,
    IReadOnlyList<ConfusionRecord> Confusion,
    IReadOnlyList<ExpansionRecord> Expansions,
    IReadOnlyList<AccuracyMatrixRecord> AccuracyMatrix,
    IReadOnlyList<HeadRecord> Head,
    IReadOnlyList<DecisionGridRecord> DecisionGrid,
    CostRecord Cost,
    IReadOnlyList<MetricRecord> Metrics);
