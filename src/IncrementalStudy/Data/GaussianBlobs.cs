using IncrementalStudy.Numerics;

namespace IncrementalStudy.Data;

/// <summary>Category i is N(center_i, I) in the plane of the centres' dimension.</summary>
internal sealed class GaussianBlobs(IReadOnlyList<double[]> centers) : ICategorySampler, IReferenceClassifier
{
    public IReadOnlyList<double[]> Centers { get; } = centers;
    public int Dimension => Centers[0].Length;

    /// <summary>
    /// The original <c>generate_data(sizes, centers)</c>: for each category i in order, sizes[i] points from
    /// N(centers[i], I), labelled i; then one shuffle of the whole set.
    /// </summary>
    public Dataset Generate(IReadOnlyList<int> sizes, Rng rng)
    {
        if (sizes.Count > Centers.Count) throw new ArgumentException($"{sizes.Count} sizes for {Centers.Count} centres.", nameof(sizes));
        Dataset[] parts = [.. sizes.Select((size, category) => Sample(category, size, rng))];
        return Dataset.Concat(parts).Shuffled(rng);
    }

    public Dataset Sample(int category, int count, Rng rng)
    {
        double[] center = Centers[category];
        var features = new float[count * Dimension];
        for (int i = 0; i < count; i++)
            for (int d = 0; d < Dimension; d++)
                features[i * Dimension + d] = (float)(center[d] + rng.NextGaussian());
        return new Dataset(features, Enumerable.Repeat(category, count).ToArray(), Dimension);
    }

    public int Classify(ReadOnlySpan<float> point, int categories) => NearestCentre(point, categories);

    /// <summary>Label of the nearest centre among the first <paramref name="categories"/>: the Bayes rule for equal priors.</summary>
    public int NearestCentre(ReadOnlySpan<float> point, int categories)
    {
        int best = 0;
        double bestDistance = double.PositiveInfinity;
        for (int c = 0; c < categories; c++)
        {
            double[] centre = Centers[c];
            double distance = 0;
            for (int d = 0; d < centre.Length; d++)
            {
                double diff = point[d] - centre[d];
                distance += diff * diff;
            }
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = c;
            }
        }
        return best;
    }
}
