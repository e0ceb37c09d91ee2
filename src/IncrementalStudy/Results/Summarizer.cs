using IncrementalStudy.Evaluation;

namespace IncrementalStudy.Results;

public static class Summarizer
{
    /// <summary>One row per (strategy, metric), strategies in the given order, metrics in <see cref="CaseMetrics.Named"/> order.</summary>
    public static IReadOnlyList<SummaryRecord> Summarize(string experiment, IReadOnlyList<string> strategies, IReadOnlyList<CaseResult> cases) =>
    [
        .. from strategy in strategies
           let metrics = cases.Where(c => c.Strategy == strategy).OrderBy(c => c.Seed).SelectMany(c => c.Metrics.Named()).ToList()
           from name in metrics.Select(m => m.Name).Distinct()
           let stats = SeedStatistics.Of(metrics.Where(m => m.Name == name).Select(m => m.Value))
           select new SummaryRecord(experiment, strategy, name, stats.N, stats.Mean, stats.Std, stats.Sem, stats.Ci95Low, stats.Ci95High),
    ];
}
