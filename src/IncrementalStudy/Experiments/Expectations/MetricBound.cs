using System.Globalization;

namespace IncrementalStudy.Experiments.Expectations;

/// <summary>The mean of a strategy's metric over seeds lies at or above <see cref="AtLeast"/> and/or at or below <see cref="AtMost"/>.</summary>
public sealed record MetricBound(string Strategy, string MetricName, double? AtLeast = null, double? AtMost = null) : Expectation
{
    public override string Subject => Strategy;
    public override string Metric => MetricName;

    public override string Describe() => (AtLeast, AtMost) switch
    {
        ({ } low, { } high) => $"mean between {F(low)} and {F(high)}",
        ({ } low, null) => $"mean ≥ {F(low)}",
        (null, { } high) => $"mean ≤ {F(high)}",
        _ => "any mean",
    };

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
