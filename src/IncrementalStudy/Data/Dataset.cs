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
        // Block copies: an enumerator over every float was a visible part of a replay step's time on the image sets.
        var features = new float[parts.Sum(p => (long)p.Features.Length)];
        var labels = new int[parts.Sum(p => p.Labels.Length)];
        long at = 0;
        int row = 0;
        foreach (Dataset part in parts)
        {
            part.Features.CopyTo(features, at);
            part.Labels.CopyTo(labels, row);
            at += part.Features.Length;
            row += part.Labels.Length;
        }
        return new Dataset(features, labels, featureCount);
    }

    public Dataset Shuffled(Numerics.Rng rng)
    {
        int[] order = [.. Enumerable.Range(0, Count)];
        rng.Shuffle(order.AsSpan());
        return Select(order);
    }
}
