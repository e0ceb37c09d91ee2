using IncrementalStudy.Results;

namespace IncrementalStudy.Experiments;

/// <summary>How to run a definition's cases.</summary>
/// <param name="Threads">Cases run in parallel; results do not depend on it.</param>
/// <param name="Include">Which case indices to run (a shard); null runs all.</param>
/// <param name="Finished">Cases already done (resume), by case index; they are not run again.</param>
/// <param name="OnCaseFinished">Called, one at a time, with each newly finished case and its index.</param>
/// <param name="Slots">
/// Shared with the runs of other definitions so that all of them together run at most as many cases at once as it counts
/// (a later experiment's cases fill the cores an earlier one's last cases leave idle); null: only <paramref name="Threads"/> limits.
/// </param>
/// <param name="OnAllStarted">Called once, when every case to run has started (at once when there is none).</param>
internal sealed record RunOptions(
    int Threads,
    CancellationToken Cancellation = default,
    Func<int, bool>? Include = null,
    IReadOnlyDictionary<int, CaseResult>? Finished = null,
    Action<int, CaseResult>? OnCaseFinished = null,
    SemaphoreSlim? Slots = null,
    Action? OnAllStarted = null);
