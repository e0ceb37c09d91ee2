using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Recording;

/// <summary>Where observers put what they measured for one case: table rows and headline metric values.</summary>
public sealed class CaseRecords(string experiment, string strategy, int seed)
{
    private readonly Dictionary<MetricDescriptor, double> _metrics = [];

    public string Experiment { get; } = experiment;
    public string Strategy { get; } = strategy;
    public int Seed { get; } = seed;

    public CaseTables Tables { get; } = new();

    public void Add<TRecord>(ResultTable<TRecord> table, TRecord record) => Tables.Add(table, record);

    /// <summary>Records a metric of this case; null means it does not apply here and is left out of summary.csv.</summary>
    public void Metric(MetricDescriptor metric, double? value)
    {
        if (value is not { } v) return;
        if (!_metrics.TryAdd(metric, v))
            throw new InvalidOperationException($"Metric {metric.Id} was recorded twice for {Strategy}, seed {Seed}; each metric has one observer.");
    }

    /// <summary>The finished case: metrics in registry order (unregistered ones after them, by id), so files never depend on observer order.</summary>
    public CaseResult Finish() => new(Strategy, Seed, null, Tables,
    [
        .. _metrics.OrderBy(m => Rank(m.Key)).ThenBy(m => m.Key.Id, StringComparer.Ordinal)
            .Select(m => new MetricRecord(Experiment, Strategy, Seed, m.Key.Id, m.Value)),
    ]);

    private static int Rank(MetricDescriptor metric)
    {
        int index = MetricCatalog.IndexOf(metric);
        return index < 0 ? int.MaxValue : index;
    }
}
