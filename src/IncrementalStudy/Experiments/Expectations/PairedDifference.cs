namespace IncrementalStudy.Experiments.Expectations;

/// <summary>The paired difference a − b of a metric over the same seeds has the stated sign (by its 95% CI).</summary>
public sealed record PairedDifference(string MetricName, string StrategyA, string StrategyB, DifferenceSign Sign) : Expectation
{
    public override string Subject => $"{StrategyA} − {StrategyB}";
    public override string Metric => MetricName;

    public override string Describe() => Sign switch
    {
        DifferenceSign.Positive => "paired 95% CI of a − b above 0",
        DifferenceSign.Negative => "paired 95% CI of a − b below 0",
        _ => "paired 95% CI of a − b contains 0",
    };
}
