using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of a sweep's sensitivity.csv: one strategy's metric at one point of the grid, across seeds.</summary>
/// <param name="Point">The point's overrides, e.g. "epochs=20; replay.Options.Rehearsal.PerClass=50".</param>
/// <param name="Rank">1 for the highest mean (the lowest where lower is better) among the point's strategies.</param>
[CsvRecord]
public sealed partial record SensitivityRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("point")] string Point,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("metric")] string Metric,
    [CsvColumn("n")] int N,
    [CsvColumn("mean")] double Mean,
    [CsvColumn("ci95_low")] double Ci95Low,
    [CsvColumn("ci95_high")] double Ci95High,
    [CsvColumn("rank")] int Rank);
