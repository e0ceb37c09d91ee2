using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of per_class.csv: one class at the end of one phase.</summary>
[CsvRecord]
public sealed partial record PerClassRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("phase")] int Phase,
    [CsvColumn("class")] int Class,
    [CsvColumn("test_points")] int TestPoints,
    [CsvColumn("recall")] double Recall,
    [CsvColumn("predicted_share")] double PredictedShare,
    [CsvColumn("positives_seen")] long PositivesSeen,
    [CsvColumn("negatives_seen")] long NegativesSeen);
