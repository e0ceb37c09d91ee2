namespace IncrementalStudy.Results.Metrics;

public enum MetricUnit
{
    /// <summary>A share of test points or a probability difference, in [0, 1] (differences of fractions in [−1, 1]).</summary>
    Fraction,

    /// <summary>A mean cross-entropy in nats.</summary>
    Loss,

    /// <summary>A logit difference.</summary>
    Logit,

    /// <summary>Wall-clock milliseconds.</summary>
    Milliseconds,

    /// <summary>A whole number of things (gradient steps, parameters).</summary>
    Count,
}
