using IncrementalStudy.Numerics;

namespace IncrementalStudy.Data;

/// <summary>
/// Draws from the stored training samples of a category, without replacement; asking for more than are stored returns
/// all of them (the cost ledger records what was actually drawn).
/// </summary>
internal sealed class StoredSamples(Dataset training) : ICategorySampler
{
    private readonly Dictionary<int, int[]> _byCategory = Enumerable.Range(0, training.Count)
        .GroupBy(i => training.Labels[i]).ToDictionary(g => g.Key, g => g.ToArray());

    public Dataset Sample(int category, int count, Rng rng)
    {
        int[] stored = _byCategory.TryGetValue(category, out int[]? indices) ? [.. indices] : [];
        rng.Shuffle(stored.AsSpan());
        return training.Select(stored.AsSpan(0, Math.Min(count, stored.Length)));
    }
}
