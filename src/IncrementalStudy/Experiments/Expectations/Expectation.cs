namespace IncrementalStudy.Experiments.Expectations;

/// <summary>A typed claim about a results folder, checked against its summary.csv and paired.csv (and a baseline's).</summary>
public abstract record Expectation
{
    /// <summary>The strategy (or "a vs b") and metric the claim is about, for tables.</summary>
    public abstract string Subject { get; }

    public abstract string Metric { get; }

    /// <summary>The claim in words, e.g. "mean ≥ 0.80".</summary>
    public abstract string Describe();
}
