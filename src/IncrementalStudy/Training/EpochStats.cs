namespace IncrementalStudy.Training;

/// <summary>
/// One point of a fit's learning curve. Epoch 0 is measured before the first update. The running values are the
/// batch-size-weighted means over the epoch's batches, computed before each update (what Keras prints);
/// the others are fixed-weight evaluations after the epoch.
/// </summary>
public sealed record EpochStats(
    int Epoch,
    long GradientSteps,
    double? RunningLoss,
    double? RunningAccuracy,
    LossAndAccuracy Train,
    LossAndAccuracy Test);
