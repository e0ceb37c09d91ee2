using IncrementalStudy.Results;

namespace IncrementalStudy.Experiments;

/// <summary>How to run a definition's cases.</summary>
/// <param name="Threads">Cases run in parallel; results do not depend on it.</param>
/// <param name="Include">Which case indices to run (a shard); null runs all.</param>
/// <param name="Finished">Cases already done (resume), by case index; they are not run again.</param>
/// <param name="OnCaseFinished">Called, one at a time, with each newly finished case and its index.</param>
internal sealed record RunOptions(
    int Threads,
    CancellationToken Cancellation = default,
    Func<int, bool>? Include = null,
    IReadOnlyDictionary<int, CaseResult>? Finished = null,
    Action<int, CaseResult>? OnCaseFinished = null);
