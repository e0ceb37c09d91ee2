namespace IncrementalStudy.Learners;

/// <summary>
/// Distinct training samples a class's output saw in one phase: positives are samples of the class with target 1,
/// negatives are samples of other classes with target 0 for this class's output.
/// </summary>
public sealed record ClassSamples(int Category, long Positives, long Negatives);
