using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>
/// A row of cost.csv: what one case cost over all phases. train_ms is the optimizer loops (and the learner's own set-up),
/// eval_ms the per-epoch evaluations on the training and test sets that the learning curves need. The last three columns are
/// optional (empty) so that folders written before they existed still read.
/// </summary>
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
    [CsvColumn("multiply_adds_per_prediction")] int MultiplyAddsPerPrediction,
    [CsvColumn("eval_ms")] double? EvalMs = null,
    [CsvColumn("train_multiply_adds")] long? TrainMultiplyAdds = null,
    [CsvColumn("eval_multiply_adds")] long? EvalMultiplyAdds = null)
{
    /// <summary>Achieved training throughput, 2 × multiply-adds per millisecond → GFLOP/s (NaN without time).</summary>
    public double TrainGflops => TrainMs > 0 && TrainMultiplyAdds is { } count ? 2.0 * count / (TrainMs * 1e6) : double.NaN;
}
