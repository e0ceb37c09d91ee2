using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of paired.csv: strategy_a − strategy_b on the same seeds (same data, same initial body), across seeds.</summary>
[CsvRecord]
public sealed partial record PairedRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("metric")] string Metric,
    [CsvColumn("strategy_a")] string StrategyA,
    [CsvColumn("strategy_b")] string StrategyB,
    [CsvColumn("n")] int N,
    [CsvColumn("mean_difference")] double MeanDifference,
    [CsvColumn("std")] double Std,
    [CsvColumn("sem")] double Sem,
    [CsvColumn("ci95_low")] double Ci95Low,
    [CsvColumn("ci95_high")] double Ci95High);
