namespace IncrementalStudy.Results;

/// <summary>
/// What "timing aside" means: every wall-clock quantity has a name ending in "_ms", both as a CSV column (cost.csv,
/// steps.csv, …) and as a metric id (its rows in metrics.csv, summary.csv and paired.csv). These are the only values that
/// differ between runs with the same seeds, whatever the thread count or sharding.
/// </summary>
internal static class TimingRule
{
    public const string Suffix = "_ms";

    public static bool IsTiming(string columnOrMetricName) => columnOrMetricName.EndsWith(Suffix, StringComparison.Ordinal);
}
