using CsvHelper;

namespace IncrementalStudy.Cli.Benchmarks;

/// <summary>A row of bench.csv.</summary>
[CsvRecord]
public sealed partial record BenchRecord(
    [CsvColumn("benchmark")] string Benchmark,
    [CsvColumn("variant")] string Variant,
    [CsvColumn("threads")] int Threads,
    [CsvColumn("value")] double Value,
    [CsvColumn("unit")] string Unit);
