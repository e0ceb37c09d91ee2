using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of metrics.csv: one headline metric of one case (what summary.csv and paired.csv are computed from).</summary>
[CsvRecord]
public sealed partial record MetricRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("metric")] string Metric,
    [CsvColumn("value")] double Value);
