namespace IncrementalStudy.Data;

/// <summary>Row-major float features with one integer label per row.</summary>
public sealed class Dataset
{
    public Dataset(float[] features, int[] labels, int featureCount)
    {
        if (featureCount <= 0) throw new ArgumentOutOfRangeException(nameof(featureCount));
        if (features.Length != labels.Length * featureCount)
            throw new ArgumentException($"{features.Length} feature values do not make {labels.Length} rows of {featureCount}.");
        Features = features;
        Labels = labels;
        FeatureCount = featureCount;
    }

    public static Dataset Empty(int featureCount) => new([], [], featureCount);

    public float[] Features { get; }
    public int[] Labels { get; }
    public int FeatureCount { get; }
    public int Count => Labels.Length;

    public ReadOnlySpan<float> Row(int index) => Features.AsSpan(index * FeatureCount, FeatureCount);

    public int CountOf(int label) => Labels.Count(l => l == label);

    public Dataset Select(ReadOnlySpan<int> indices)
    {
        var features = new float[indices.Length * FeatureCount];
        var labels = new int[indices.Length];
        for (int i = 0; i < indices.Length; i++)
        {
            Row(indices[i]).CopyTo(features.AsSpan(i * FeatureCount, FeatureCount));
            labels[i] = Labels[indices[i]];
        }
        return new Dataset(features, labels, FeatureCount);
    }

    public Dataset Where(Func<int, bool> keepLabel)
    {
        int[] indices = [.. Enumerable.Range(0, Count).Where(i => keepLabel(Labels[i]))];
        return Select(indices);
    }

    /// <summary>Same features, labels mapped (e.g. to 1 for one class and 0 for the rest).</summary>
    public Dataset Relabel(Func<int, int> map) => new(Features, [.. Labels.Select(map)], FeatureCount);

    public static Dataset Concat(IReadOnlyList<Dataset> parts)
    {
        if (parts.Count == 0) throw new ArgumentException("Nothing to concatenate.", nameof(parts));
        int featureCount = parts[0].FeatureCount;
        if (parts.Any(p => p.FeatureCount != featureCount)) throw new ArgumentException("Feature counts differ.", nameof(parts));
        return new Dataset([.. parts.SelectMany(p => p.Features)], [.. parts.SelectMany(p => p.Labels)], featureCount);
    }

    public Dataset Shuffled(Numerics.Rng rng)
    {
        int[] order = [.. Enumerable.Range(0, Count)];
        rng.Shuffle(order.AsSpan());
        return Select(order);
    }
}
