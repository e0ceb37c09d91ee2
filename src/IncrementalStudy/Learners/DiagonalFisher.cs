using System.Numerics;
using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Learners;

/// <summary>Diagonal of the Fisher information of a softmax classifier.</summary>
internal static class DiagonalFisher
{
    /// <summary>
    /// The true Fisher, F_i = (1/N) Σ_n Σ_c p(c | x_n) (∂ log p(c | x_n) / ∂θ_i)², with the expectation over the model's own
    /// predictive distribution taken exactly (one backward pass per sample and class) rather than sampled, and not the
    /// "empirical" Fisher at the true labels. Per parameter, in the model's parameter order.
    /// </summary>
    public static double[][] True(INetwork model, Dataset data)
    {
        Parameter[] parameters = [.. model.Parameters];
        double[][] fisher = [.. parameters.Select(p => new double[p.Length])];
        if (data.Count == 0) return fisher;
        int outputs = model.Outputs;
        var probabilities = new float[outputs];
        var gradient = new float[outputs];
        // One gradient per class of a sample, side by side, so each Fisher sum is read and written once per sample rather
        // than once per class: the same additions in the same order (class by class), a tenth of the memory traffic.
        float[][][] classGradients = [.. Enumerable.Range(0, outputs).Select(_ => parameters.Select(p => new float[p.Length]).ToArray())];
        var weights = new double[outputs];
        var used = new float[outputs][];
        for (int n = 0; n < data.Count; n++)
        {
            ReadOnlySpan<float> x = data.Row(n);
            Softmax.Probabilities(model.Forward(x, 1), probabilities);
            int classes = 0;
            for (int c = 0; c < outputs; c++)
            {
                if (probabilities[c] == 0) continue;
                // ∂(−log p_c)/∂z = p − e_c; its square is the same with either sign.
                for (int j = 0; j < outputs; j++) gradient[j] = probabilities[j] - (j == c ? 1f : 0f);
                float[][] target = classGradients[classes];
                for (int k = 0; k < parameters.Length; k++) target[k] = parameters[k].ExchangeGradient(target[k]);
                model.Backward(x, 1, gradient);
                for (int k = 0; k < parameters.Length; k++) target[k] = parameters[k].ExchangeGradient(target[k]);
                weights[classes++] = probabilities[c] / (double)data.Count;
            }
            for (int k = 0; k < parameters.Length; k++)
            {
                for (int u = 0; u < classes; u++) used[u] = classGradients[u][k];
                AddWeightedSquares(used.AsSpan(0, classes), weights.AsSpan(0, classes), fisher[k]);
            }
        }
        return fisher;
    }

    /// <summary>
    /// f_i += (w_u·g_u,i)·g_u,i in double for u = 0, 1, … in turn. Lane by lane the same two roundings as the scalar tail (no
    /// fused multiply-add), so the sums do not depend on the vector width.
    /// </summary>
    private static void AddWeightedSquares(ReadOnlySpan<float[]> gradients, ReadOnlySpan<double> weights, Span<double> f)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            int half = Vector<double>.Count;
            for (; i <= f.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                Vector<double> low = new(f.Slice(i)), high = new(f.Slice(i + half));
                for (int u = 0; u < gradients.Length; u++)
                {
                    var w = new Vector<double>(weights[u]);
                    Vector.Widen(new Vector<float>(gradients[u].AsSpan(i)), out Vector<double> gLow, out Vector<double> gHigh);
                    low += w * gLow * gLow;
                    high += w * gHigh * gHigh;
                }
                low.CopyTo(f.Slice(i));
                high.CopyTo(f.Slice(i + half));
            }
        }
        for (; i < f.Length; i++)
            for (int u = 0; u < gradients.Length; u++)
                f[i] += weights[u] * gradients[u][i] * (double)gradients[u][i];
    }
}
