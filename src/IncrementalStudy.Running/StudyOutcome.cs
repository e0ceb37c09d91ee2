using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Results;

namespace IncrementalStudy.Running;

/// <summary>A written results folder: where it is, what it holds and whether the experiment's expectations hold.</summary>
public sealed record StudyOutcome(string Folder, ExperimentResult Result, IReadOnlyList<CheckRecord> Checks)
{
    public int FailedCases => Result.Cases.Count(c => c.Failed);

    /// <summary>True when no expectation fails (a failed case fails the first one).</summary>
    public bool AllHold => Checks.All(c => c.Verdict != ExpectationChecker.Fail);
}
