using IncrementalStudy.Evaluation;

namespace IncrementalStudy.Results;

internal static class PairedDifferences
{
    /// <summary>
    /// For every pair of strategies (a before b in the given order) and every metric both have: statistics of a − b over the
    /// seeds where both have a value.
    /// </summary>
    public static IReadOnlyList<PairedRecord> Compute(string experiment, IReadOnlyList<string> strategies, IReadOnlyList<MetricRecord> metrics)
    {
        var byKey = metrics.ToDictionary(m => (m.Strategy, m.Metric, m.Seed), m => m.Value);
        string[] metricNames = [.. metrics.Select(m => m.Metric).Distinct()];
        var result = new List<PairedRecord>();
        for (int i = 0; i < strategies.Count; i++)
            for (int j = i + 1; j < strategies.Count; j++)
                foreach (string metric in metricNames)
                {
                    double[] differences =
                    [
                        .. metrics.Where(m => m.Strategy == strategies[i] && m.Metric == metric).OrderBy(m => m.Seed)
                            .Where(m => byKey.ContainsKey((strategies[j], metric, m.Seed)))
                            .Select(m => m.Value - byKey[(strategies[j], metric, m.Seed)]),
                    ];
                    if (differences.Length == 0) continue;
                    SeedStatistics s = SeedStatistics.Of(differences);
                    result.Add(new PairedRecord(experiment, metric, strategies[i], strategies[j], s.N, s.Mean, s.Std, s.Sem, s.Ci95Low, s.Ci95High));
                }
        return result;
    }
}
