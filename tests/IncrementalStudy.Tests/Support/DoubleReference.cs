using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Tests.Support;

/// <summary>
/// An independent, naive double-precision forward pass and loss for an <see cref="Mlp"/>'s weights, used as the ground truth
/// for finite differences. It shares no code with the float32 kernels it checks.
/// </summary>
internal static class DoubleReference
{
    public static double[][] Weights(Mlp model) =>
        [.. model.Parameters.Select(p => p.Value.Select(v => (double)v).ToArray())];

    /// <summary>Mean loss over the rows, weights given per parameter in <see cref="Mlp.Parameters"/> order (kernel, bias, kernel, bias …).</summary>
    public static double MeanLoss(Mlp model, double[][] weights, float[] inputs, int[] labels, LossKind loss)
    {
        int rows = labels.Length;
        double total = 0;
        for (int r = 0; r < rows; r++)
        {
            double[] activation = [.. inputs.Skip(r * model.Inputs).Take(model.Inputs).Select(v => (double)v)];
            for (int l = 0; l < model.Layers.Count; l++)
            {
                DenseLayer layer = model.Layers[l];
                double[] kernel = weights[2 * l], bias = weights[2 * l + 1];
                var next = new double[layer.Outputs];
                for (int j = 0; j < layer.Outputs; j++)
                {
                    double z = bias[j];
                    for (int i = 0; i < layer.Inputs; i++) z += activation[i] * kernel[i * layer.Outputs + j];
                    next[j] = Activate(layer.Activation, z);
                }
                activation = next;
            }
            total += loss == LossKind.SoftmaxCrossEntropy ? SoftmaxCrossEntropy(activation, labels[r]) : BinaryCrossEntropy(activation[0], labels[r]);
        }
        return total / rows;
    }

    public static double Activate(Activation activation, double z) => activation switch
    {
        Activation.Linear => z,
        Activation.Tanh => Math.Tanh(z),
        Activation.Relu => Math.Max(z, 0),
        Activation.Sigmoid => 1 / (1 + Math.Exp(-z)),
        _ => throw new ArgumentOutOfRangeException(nameof(activation)),
    };

    private static double SoftmaxCrossEntropy(double[] logits, int label)
    {
        double max = logits.Max();
        double logSum = max + Math.Log(logits.Sum(z => Math.Exp(z - max)));
        return logSum - logits[label];
    }

    private static double BinaryCrossEntropy(double logit, int label)
    {
        double p = 1 / (1 + Math.Exp(-logit));
        return -(label * Math.Log(p) + (1 - label) * Math.Log(1 - p));
    }
}
