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
        for (int n = 0; n < data.Count; n++)
        {
            ReadOnlySpan<float> x = data.Row(n);
            Softmax.Probabilities(model.Forward(x, 1), probabilities);
            for (int c = 0; c < outputs; c++)
            {
                if (probabilities[c] == 0) continue;
                // ∂(−log p_c)/∂z = p − e_c; its square is the same with either sign.
                for (int j = 0; j < outputs; j++) gradient[j] = probabilities[j] - (j == c ? 1f : 0f);
                model.Backward(x, 1, gradient);
                double weight = probabilities[c] / (double)data.Count;
                for (int k = 0; k < parameters.Length; k++) AddWeightedSquares(parameters[k].Gradient, weight, fisher[k]);
            }
        }
        return fisher;
    }

    /// <summary>
    /// f_i += (w·g_i)·g_i in double. Lane by lane the same two roundings as the scalar tail (no fused multiply-add), so the
    /// sums do not depend on the vector width.
    /// </summary>
    private static void AddWeightedSquares(ReadOnlySpan<float> g, double weight, Span<double> f)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var w = new Vector<double>(weight);
            int half = Vector<double>.Count;
            for (; i <= g.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                Vector.Widen(new Vector<float>(g.Slice(i)), out Vector<double> low, out Vector<double> high);
                (new Vector<double>(f.Slice(i)) + w * low * low).CopyTo(f.Slice(i));
                (new Vector<double>(f.Slice(i + half)) + w * high * high).CopyTo(f.Slice(i + half));
            }
        }
        for (; i < g.Length; i++) f[i] += weight * g[i] * (double)g[i];
    }
}
