using CsvHelper;

namespace IncrementalStudy.Tests.Extending;

/// <summary>A table a contributor adds: the sum of the head's biases after each phase.</summary>
[CsvRecord]
public sealed partial record HeadBiasRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("phase")] int Phase,
    [CsvColumn("bias_sum")] double BiasSum);
