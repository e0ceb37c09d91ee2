using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>One call of fit: which model ("shared" or "binary-k"), on how many samples, and its learning curve.</summary>
/// <param name="WholeClassifier">True when the fitted model is the whole classifier (its loss is the classifier's loss, as for a
/// shared head), false for a part of it (one binary model of one-vs-all).</param>
public sealed record ModelFit(string Model, int TrainingSamples, IReadOnlyList<FitEpoch> Epochs, bool WholeClassifier = false);
