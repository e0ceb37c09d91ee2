using IncrementalStudy.Evaluation;

namespace IncrementalStudy.Results;

internal static class Summarizer
{
    /// <summary>One row per (strategy, metric), strategies in the given order, metrics in first-seen order.</summary>
    public static IReadOnlyList<SummaryRecord> Summarize(string experiment, IReadOnlyList<string> strategies, IReadOnlyList<MetricRecord> metrics) =>
    [
        .. from strategy in strategies
           let rows = metrics.Where(m => m.Strategy == strategy).OrderBy(m => m.Seed).ToList()
           from name in rows.Select(m => m.Metric).Distinct()
           let stats = SeedStatistics.Of(rows.Where(m => m.Metric == name).Select(m => m.Value))
           select new SummaryRecord(experiment, strategy, name, stats.N, stats.Mean, stats.Std, stats.Sem, stats.Ci95Low, stats.Ci95High),
    ];
}
