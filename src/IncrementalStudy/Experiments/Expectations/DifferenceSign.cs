namespace IncrementalStudy.Experiments.Expectations;

public enum DifferenceSign
{
    /// <summary>The 95% CI of a − b lies entirely above 0.</summary>
    Positive,

    /// <summary>The 95% CI of a − b lies entirely below 0.</summary>
    Negative,

    /// <summary>The 95% CI of a − b contains 0: the seeds do not resolve a difference.</summary>
    Unresolved,
}
