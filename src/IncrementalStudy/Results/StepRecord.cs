using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of steps.csv: the classifier at the end of one phase.</summary>
[CsvRecord]
public sealed partial record StepRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("phase")] int Phase,
    [CsvColumn("categories")] int Categories,
    [CsvColumn("train_samples")] int TrainSamples,
    [CsvColumn("train_accuracy")] double TrainAccuracy,
    [CsvColumn("test_accuracy")] double TestAccuracy,
    [CsvColumn("average_accuracy")] double AverageAccuracy,
    [CsvColumn("old_accuracy")] double? OldAccuracy,
    [CsvColumn("new_accuracy")] double? NewAccuracy,
    [CsvColumn("oracle_test_accuracy")] double? OracleTestAccuracy,
    [CsvColumn("gradient_steps")] long GradientSteps,
    [CsvColumn("parameters")] int Parameters,
    [CsvColumn("multiply_adds_per_prediction")] int MultiplyAddsPerPrediction,
    [CsvColumn("train_ms")] double TrainMs);
