using IncrementalStudy.Experiments;

namespace IncrementalStudy.Results;

/// <summary>All cases of one run of an experiment, in case order (seed, then strategy as defined), plus the summary across seeds.</summary>
public sealed record ExperimentResult(ExperimentDefinition Definition, IReadOnlyList<CaseResult> Cases, IReadOnlyList<SummaryRecord> Summary);
