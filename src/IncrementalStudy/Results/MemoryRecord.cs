using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>
/// A row of memory.csv: what a learner stores besides its classifier after one phase, and the most it held so far.
/// Empty cells for learners that keep no ledger (one-vs-all draws its samples from the scenario instead).
/// </summary>
[CsvRecord]
internal sealed partial record MemoryRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("phase")] int Phase,
    [CsvColumn("exemplar_samples")] long? ExemplarSamples,
    [CsvColumn("exemplar_bytes")] long? ExemplarBytes,
    [CsvColumn("model_copy_floats")] long? ModelCopyFloats,
    [CsvColumn("peak_exemplar_bytes")] long? PeakExemplarBytes,
    [CsvColumn("peak_model_copy_floats")] long? PeakModelCopyFloats);
