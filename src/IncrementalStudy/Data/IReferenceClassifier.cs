namespace IncrementalStudy.Data;

/// <summary>
/// An optional capability of a scenario's sampler: a classifier that knows how the data were generated (for Gaussian
/// blobs with equal priors, the nearest centre: the Bayes rule). Reports show it as the accuracy no learner can beat.
/// </summary>
public interface IReferenceClassifier
{
    /// <summary>The reference label of <paramref name="point"/> among the first <paramref name="categories"/> categories.</summary>
    int Classify(ReadOnlySpan<float> point, int categories);
}
