using System.Runtime.Intrinsics;
using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Learners;

/// <summary>Which stored samples of a class a replay buffer keeps.</summary>
public static class ExemplarSelection
{
    /// <param name="rng">The draws of <see cref="ReplaySelection.Random"/> (herding draws nothing).</param>
    public static Dataset Select(ReplaySelection selection, INetwork model, Dataset classSamples, int count, Rng? rng) => selection switch
    {
        ReplaySelection.Random => Random(classSamples, count, rng ?? throw new ArgumentNullException(nameof(rng), "Random selection needs its generator.")),
        ReplaySelection.Herding => classSamples.Select(Herding(model.HiddenFeatures(classSamples), model.Head.Inputs, count)),
        _ => throw new ArgumentOutOfRangeException(nameof(selection), selection, null),
    };

    public static Dataset Random(Dataset samples, int count, Rng rng)
    {
        int[] order = [.. Enumerable.Range(0, samples.Count)];
        rng.Shuffle(order.AsSpan());
        return samples.Select(order.AsSpan(0, Math.Min(count, order.Length)));
    }

    /// <summary>distance[i] = Σ_d (mean[d] − (sum[d] + x[i, d]) / step)², d ascending, for every candidate i (x as [d][i]).</summary>
    internal static void Distances(double[] columns, int n, int width, double[] mean, double[] sum, int step, double[] distances)
    {
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<double> divisor = Vector512.Create((double)step);
            for (; i + 8 <= n; i += 8)
            {
                Vector512<double> distance = Vector512<double>.Zero;
                for (int d = 0; d < width; d++)
                {
                    Vector512<double> diff = Vector512.Create(mean[d]) - (Vector512.Create(sum[d]) + Vector512.Create(columns, d * n + i)) / divisor;
                    distance += diff * diff;
                }
                distance.CopyTo(distances, i);
            }
        }
        for (; i < n; i++)
        {
            double distance = 0;
            for (int d = 0; d < width; d++)
            {
                double diff = mean[d] - (sum[d] + columns[d * n + i]) / step;
                distance += diff * diff;
            }
            distances[i] = distance;
        }
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
        // Candidates side by side ([d][i]) so eight distances are computed at once, each with exactly the scalar loop's
        // operations in its order (no fused multiply-add): the picks do not depend on the vector width.
        var columns = new double[width * n];
        for (int i = 0; i < n; i++)
            for (int d = 0; d < width; d++) columns[d * n + i] = normalised[i, d];
        var picked = new List<int>();
        var used = new bool[n];
        var sum = new double[width];
        var distances = new double[n];
        for (int step = 1; step <= Math.Min(count, n); step++)
        {
            Distances(columns, n, width, mean, sum, step, distances);
            int best = -1;
            double bestDistance = double.PositiveInfinity;
            for (int i = 0; i < n; i++)
            {
                if (used[i] || !(distances[i] < bestDistance)) continue;
                bestDistance = distances[i];
                best = i;
            }
            used[best] = true;
            picked.Add(best);
            for (int d = 0; d < width; d++) sum[d] += normalised[best, d];
        }
        return [.. picked];
    }
}
