using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of summary.csv: one metric of one strategy across seeds.</summary>
[CsvRecord]
public sealed partial record SummaryRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("metric")] string Metric,
    [CsvColumn("n")] int N,
    [CsvColumn("mean")] double Mean,
    [CsvColumn("std")] double Std,
    [CsvColumn("sem")] double Sem,
    [CsvColumn("ci95_low")] double Ci95Low,
    [CsvColumn("ci95_high")] double Ci95High);
