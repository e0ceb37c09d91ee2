using IncrementalStudy.Learners;

namespace IncrementalStudy.Recording;

/// <summary>Every phase is done; <paramref name="InferenceMs"/> is one prediction pass over the final test set.</summary>
public sealed record CaseEndEvent(IIncrementalLearner Learner, double InferenceMs);
