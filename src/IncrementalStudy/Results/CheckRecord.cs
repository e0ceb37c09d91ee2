using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of checks.csv: one expectation, what was observed, and the verdict (pass, fail or skipped).</summary>
[CsvRecord]
public sealed partial record CheckRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("subject")] string Subject,
    [CsvColumn("metric")] string Metric,
    [CsvColumn("expectation")] string Expectation,
    [CsvColumn("observed")] double Observed,
    [CsvColumn("ci95_low")] double Ci95Low,
    [CsvColumn("ci95_high")] double Ci95High,
    [CsvColumn("verdict")] string Verdict,
    [CsvColumn("detail")] string Detail);
