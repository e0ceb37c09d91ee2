using IncrementalStudy.Data;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Learners;

/// <summary>
/// The training set of one binary model: X samples of its category (all of them when fewer exist) and as many samples spread
/// evenly over the other present categories (the first ones take the remainder), with their original labels. Shared by one-vs-all and the shared head's
/// sample-matched arm, so both see exactly the same samples.
/// </summary>
internal static class OneVsAllSamples
{
    public static (Dataset Positives, Dataset Negatives) Draw(ICategorySampler sampler, int category, int categories, int samplesPerModel, Rng rng)
    {
        Dataset positives = sampler.Sample(category, samplesPerModel, rng);
        // As many negatives as positives: when fewer than X samples of the category exist, X negatives would make the binary
        // problem imbalanced (e.g. 200 positives against 1,000 negatives) instead of one-vs-all's X new + X rest.
        int wanted = positives.Count;
        int[] others = [.. Enumerable.Range(0, categories).Where(c => c != category)];
        var negatives = new List<Dataset>();
        for (int i = 0; i < others.Length; i++)
        {
            int count = wanted / others.Length + (i < wanted % others.Length ? 1 : 0);
            negatives.Add(sampler.Sample(others[i], count, rng));
        }
        return (positives, negatives.Count == 0 ? Dataset.Empty(positives.FeatureCount) : Dataset.Concat(negatives));
    }

    /// <summary>
    /// Samples of <paramref name="data"/> from categories that arrived before the step (labels below <paramref name="oldOutputs"/>):
    /// they had to be kept from earlier steps, so they count as stored. A sample drawn for two models counts twice.
    /// </summary>
    public static long OfEarlierCategories(Dataset data, int oldOutputs) => data.Labels.Count(l => l < oldOutputs);

    /// <summary>The generator for model <paramref name="category"/>'s samples in <paramref name="phase"/>; one purpose for both arms.</summary>
    public static string Purpose(int phase, int category) => $"ova/phase-{phase}/binary-{category}/samples";
}
