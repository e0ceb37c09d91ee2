using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of accuracy_matrix.csv: R[after_step][on_step], accuracy after training step i on the test points of the classes step j brings.</summary>
[CsvRecord]
public sealed partial record AccuracyMatrixRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("after_step")] int AfterStep,
    [CsvColumn("on_step")] int OnStep,
    [CsvColumn("accuracy")] double Accuracy);
