using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of a sweep's contrasts.csv: one declared contrast of the experiment at one point of the sweep.</summary>
/// <param name="Axis">The varied field(s), as the sweep was given them (e.g. "*.Optimizer.LearningRate").</param>
/// <param name="Value">The point's value of the axis (a sweep over several axes joins them with "; ").</param>
/// <param name="AdjustedLow">Bonferroni-adjusted 95% interval for the experiment's number of contrasts.</param>
/// <param name="Resolved">Holm's verdict at family-wise α = 0.05 within the point.</param>
[CsvRecord]
public sealed partial record SweepContrastRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("axis")] string Axis,
    [CsvColumn("value")] string Value,
    [CsvColumn("treatment")] string Treatment,
    [CsvColumn("baseline")] string Baseline,
    [CsvColumn("factor")] string Factor,
    [CsvColumn("metric")] string Metric,
    [CsvColumn("n")] int N,
    [CsvColumn("mean_difference")] double MeanDifference,
    [CsvColumn("adjusted_low")] double AdjustedLow,
    [CsvColumn("adjusted_high")] double AdjustedHigh,
    [CsvColumn("resolved")] bool Resolved,
    [CsvColumn("better")] int Better);
