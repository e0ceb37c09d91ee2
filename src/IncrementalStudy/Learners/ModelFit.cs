using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>One call of fit: which model ("shared" or "binary-k"), on how many samples, and its learning curve.</summary>
public sealed record ModelFit(string Model, int TrainingSamples, IReadOnlyList<FitEpoch> Epochs);
