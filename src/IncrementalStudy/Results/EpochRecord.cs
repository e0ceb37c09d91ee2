using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of epochs.csv: one epoch (0 = before the first update) of one fit.</summary>
[CsvRecord]
public sealed partial record EpochRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("phase")] int Phase,
    [CsvColumn("model")] string Model,
    [CsvColumn("epoch")] int Epoch,
    [CsvColumn("cumulative_epoch")] int CumulativeEpoch,
    [CsvColumn("gradient_steps")] long GradientSteps,
    [CsvColumn("running_loss")] double? RunningLoss,
    [CsvColumn("running_accuracy")] double? RunningAccuracy,
    [CsvColumn("train_loss")] double TrainLoss,
    [CsvColumn("train_accuracy")] double TrainAccuracy,
    [CsvColumn("test_loss")] double TestLoss,
    [CsvColumn("test_accuracy")] double TestAccuracy,
    [CsvColumn("system_test_accuracy")] double? SystemTestAccuracy);
