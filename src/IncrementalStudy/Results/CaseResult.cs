namespace IncrementalStudy.Results;

/// <summary>Every record one case (strategy × seed) produced; a failed case has a reason and no records.</summary>
public sealed record CaseResult(
    string Strategy,
    int Seed,
    string? Failure,
    IReadOnlyList<EpochRecord> Epochs,
    IReadOnlyList<StepRecord> Steps,
    IReadOnlyList<PerClassRecord> PerClass,
    IReadOnlyList<ConfusionRecord> Confusion,
    IReadOnlyList<ExpansionRecord> Expansions,
    IReadOnlyList<AccuracyMatrixRecord> AccuracyMatrix,
    IReadOnlyList<HeadRecord> Head,
    IReadOnlyList<DecisionGridRecord> DecisionGrid,
    CostRecord? Cost,
    IReadOnlyList<MetricRecord> Metrics)
{
    public bool Failed => Failure is not null;

    public static CaseResult FailedCase(string strategy, int seed, string failure) =>
        new(strategy, seed, failure, [], [], [], [], [], [], [], [], null, []);
}
