using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of cost.csv: what one case cost over all phases.</summary>
[CsvRecord]
public sealed partial record CostRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("train_ms")] double TrainMs,
    [CsvColumn("inference_ms")] double InferenceMs,
    [CsvColumn("gradient_steps")] long GradientSteps,
    [CsvColumn("sample_presentations")] long SamplePresentations,
    [CsvColumn("distinct_samples")] long DistinctSamples,
    [CsvColumn("parameters")] int Parameters,
    [CsvColumn("multiply_adds_per_prediction")] int MultiplyAddsPerPrediction);
