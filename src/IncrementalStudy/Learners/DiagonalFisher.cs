using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Learners;

/// <summary>Diagonal of the Fisher information of a softmax classifier.</summary>
internal static class DiagonalFisher
{
    /// <summary>
    /// The true Fisher, F_i = (1/N) Σ_n Σ_c p(c | x_n) (∂ log p(c | x_n) / ∂θ_i)², with the expectation over the model's own
    /// predictive distribution taken exactly (every class's gradient, all of a sample's classes in one batched backward
    /// pass) rather than sampled, and not the "empirical" Fisher at the true labels. Per parameter, in the model's parameter order.
    /// </summary>
    public static double[][] True(INetwork model, Dataset data)
    {
        Parameter[] parameters = [.. model.Parameters];
        double[][] fisher = [.. parameters.Select(p => new double[p.Length])];
        if (data.Count == 0) return fisher;
        int outputs = model.Outputs;
        var probabilities = new float[outputs];
        var gradients = new float[outputs * outputs];
        var weights = new double[outputs];
        for (int n = 0; n < data.Count; n++)
        {
            ReadOnlySpan<float> x = data.Row(n);
            Softmax.Probabilities(model.Forward(x, 1), probabilities);
            int classes = 0;
            for (int c = 0; c < outputs; c++)
            {
                if (probabilities[c] == 0) continue;
                // ∂(−log p_c)/∂z = p − e_c; its square is the same with either sign.
                Span<float> gradient = gradients.AsSpan(classes * outputs, outputs);
                for (int j = 0; j < outputs; j++) gradient[j] = probabilities[j] - (j == c ? 1f : 0f);
                weights[classes++] = probabilities[c] / (double)data.Count;
            }
            // The classes' backward passes together: the same sums, class by class, as one backward pass per class.
            model.AddSquaredSampleGradients(x, gradients.AsSpan(0, classes * outputs), classes, weights.AsSpan(0, classes), fisher);
        }
        return fisher;
    }
}
