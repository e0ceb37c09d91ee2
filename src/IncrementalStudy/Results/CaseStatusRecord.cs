using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of cases.csv: whether a case completed, and why not.</summary>
[CsvRecord]
public sealed partial record CaseStatusRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("status")] string Status,
    [CsvColumn("detail")] string Detail);
