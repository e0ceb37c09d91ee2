using IncrementalStudy.Results;

namespace IncrementalStudy.Experiments;

/// <summary>
/// All cases of one run of an experiment, in case order (seed, then strategy as defined), the statistics across seeds,
/// and the plot seed's test points.
/// </summary>
public sealed record ExperimentResult(
    ExperimentDefinition Definition,
    IReadOnlyList<CaseResult> Cases,
    IReadOnlyList<SummaryRecord> Summary,
    IReadOnlyList<PairedRecord> Paired,
    IReadOnlyList<PointRecord> TestPoints);
