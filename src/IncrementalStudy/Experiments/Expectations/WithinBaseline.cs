using System.Globalization;

namespace IncrementalStudy.Experiments.Expectations;

/// <summary>
/// The fresh mean lies within <see cref="K"/> combined standard errors of the baseline mean:
/// |fresh − baseline| ≤ k · sqrt(sem_fresh² + sem_baseline²). Checked only when a baseline folder is given.
/// </summary>
public sealed record WithinBaseline(string Strategy, string MetricName, double K = 3) : Expectation
{
    public override string Subject => Strategy;
    public override string Metric => MetricName;

    public override string Describe() => $"within {K.ToString("0.#", CultureInfo.InvariantCulture)} combined SEM of the baseline";
}
