using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of confusion.csv: how many test points of one true class were predicted as one class, at the end of a phase.</summary>
[CsvRecord]
public sealed partial record ConfusionRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("phase")] int Phase,
    [CsvColumn("true_class")] int TrueClass,
    [CsvColumn("predicted_class")] int PredictedClass,
    [CsvColumn("count")] long Count);
