using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// A fit's epoch plus the whole classifier's accuracy on the phase's test set at that moment (null while some present
/// category has no model yet, e.g. during the first one-vs-all fit).
/// </summary>
public sealed record FitEpoch(EpochStats Stats, double? SystemTestAccuracy);
