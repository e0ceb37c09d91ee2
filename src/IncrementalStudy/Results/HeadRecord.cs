using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of head.csv: one class's output weight vector norm and bias at the end of a phase.</summary>
[CsvRecord]
public sealed partial record HeadRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("phase")] int Phase,
    [CsvColumn("class")] int Class,
    [CsvColumn("weight_norm")] double WeightNorm,
    [CsvColumn("bias")] double Bias);
