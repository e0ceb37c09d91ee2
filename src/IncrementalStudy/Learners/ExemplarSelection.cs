using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Learners;

/// <summary>Which stored samples of a class a replay buffer keeps.</summary>
internal static class ExemplarSelection
{
    public static Dataset Select(ReplaySelection selection, INetwork model, Dataset classSamples, int count, Rng rng) => selection switch
    {
        ReplaySelection.Random => Random(classSamples, count, rng),
        ReplaySelection.Herding => classSamples.Select(Herding(model.HiddenFeatures(classSamples), model.Head.Inputs, count)),
        _ => throw new ArgumentOutOfRangeException(nameof(selection), selection, null),
    };

    public static Dataset Random(Dataset samples, int count, Rng rng)
    {
        int[] order = [.. Enumerable.Range(0, samples.Count)];
        rng.Shuffle(order.AsSpan());
        return samples.Select(order.AsSpan(0, Math.Min(count, order.Length)));
    }

    /// <summary>
    /// iCaRL herding on L2-normalised features: step i picks the unused sample that brings the mean of the picked features
    /// closest to the class mean. Returns indices in picking order.
    /// </summary>
    public static int[] Herding(float[] features, int width, int count)
    {
        int n = features.Length / width;
        var normalised = new double[n, width];
        var mean = new double[width];
        for (int i = 0; i < n; i++)
        {
            double norm = 0;
            for (int d = 0; d < width; d++) norm += (double)features[i * width + d] * features[i * width + d];
            norm = Math.Sqrt(norm);
            for (int d = 0; d < width; d++)
            {
                normalised[i, d] = norm > 0 ? features[i * width + d] / norm : 0;
                mean[d] += normalised[i, d] / n;
            }
        }
        var picked = new List<int>();
        var used = new bool[n];
        var sum = new double[width];
        for (int step = 1; step <= Math.Min(count, n); step++)
        {
            int best = -1;
            double bestDistance = double.PositiveInfinity;
            for (int i = 0; i < n; i++)
            {
                if (used[i]) continue;
                double distance = 0;
                for (int d = 0; d < width; d++)
                {
                    double diff = mean[d] - (sum[d] + normalised[i, d]) / step;
                    distance += diff * diff;
                }
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = i;
                }
            }
            used[best] = true;
            picked.Add(best);
            for (int d = 0; d < width; d++) sum[d] += normalised[best, d];
        }
        return [.. picked];
    }
}
