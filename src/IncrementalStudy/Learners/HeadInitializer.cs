using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Learners;

/// <summary>The kernel column and bias of a new output node, for each <see cref="HeadInit"/>.</summary>
internal static class HeadInitializer
{
    /// <param name="stepOutputs">Outputs the head will have at the end of the step that adds this node (the Glorot fan-out of Random).</param>
    public static (float[] Column, float Bias) NewOutput(HeadInit init, INetwork model, Dataset newCategorySamples, int stepOutputs, Rng rng)
    {
        DenseLayer head = model.Head;
        var column = new float[head.Inputs];
        switch (init)
        {
            case HeadInit.Zero:
                return (column, 0f);
            case HeadInit.Random:
                double limit = DenseLayer.GlorotLimit(head.Inputs, Math.Max(stepOutputs, head.Outputs + 1));
                for (int r = 0; r < column.Length; r++) column[r] = (float)rng.NextUniform(-limit, limit);
                return (column, 0f);
            case HeadInit.Masked:
                throw new ArgumentException("A masked head's columns are drawn up front (MaskedKernel), not one at a time.", nameof(init));
            case HeadInit.ImprintScaled:
                return newCategorySamples.Count == 0 ? (column, 0f) : Imprint(model, newCategorySamples);
            default:
                throw new ArgumentOutOfRangeException(nameof(init), init, null);
        }
    }

    /// <summary>
    /// The kernel of a head for all <paramref name="totalCategories"/> categories, row-major [inputs × total], Glorot-uniform
    /// with the full head's fan-out, as Keras would draw a layer of that size; column c is output c's weights.
    /// </summary>
    public static float[] MaskedKernel(int inputs, int totalCategories, Rng rng)
    {
        double limit = DenseLayer.GlorotLimit(inputs, totalCategories);
        var kernel = new float[inputs * totalCategories];
        for (int i = 0; i < kernel.Length; i++) kernel[i] = (float)rng.NextUniform(-limit, limit);
        return kernel;
    }

    /// <summary>Column <paramref name="column"/> of a row-major kernel with <paramref name="outputs"/> columns.</summary>
    public static float[] Column(float[] kernel, int outputs, int column) =>
        [.. Enumerable.Range(0, kernel.Length / outputs).Select(r => kernel[r * outputs + column])];

    private static (float[] Column, float Bias) Imprint(INetwork model, Dataset samples)
    {
        DenseLayer head = model.Head;
        int width = head.Inputs;
        float[] features = model.HiddenFeatures(samples);
        var mean = new double[width];
        for (int i = 0; i < samples.Count; i++)
            for (int d = 0; d < width; d++) mean[d] += features[i * width + d] / samples.Count;
        double meanNorm = Math.Sqrt(mean.Sum(v => v * v));
        double targetNorm = Enumerable.Range(0, head.Outputs).Average(c => ColumnNorm(head, c));
        var column = new float[width];
        if (meanNorm > 0)
            for (int d = 0; d < width; d++) column[d] = (float)(mean[d] / meanNorm * targetNorm);
        return (column, (float)head.Bias.Value.Average());
    }

    public static double ColumnNorm(DenseLayer layer, int column)
    {
        double sum = 0;
        for (int r = 0; r < layer.Inputs; r++)
        {
            double w = layer.Kernel.Value[r * layer.Outputs + column];
            sum += w * w;
        }
        return Math.Sqrt(sum);
    }

    /// <summary>
    /// Weight aligning (Zhao et al. 2020, Maintaining Discrimination and Fairness in Class Incremental Learning, CVPR): scale the
    /// new columns by γ = mean old-column norm / mean new-column norm. The paper's head has no bias; this head has one, and the
    /// biases are left as they are (only the kernel is aligned).
    /// </summary>
    public static void AlignWeights(DenseLayer head, int oldOutputs)
    {
        if (oldOutputs <= 0 || oldOutputs >= head.Outputs) return;
        double oldMean = Enumerable.Range(0, oldOutputs).Average(c => ColumnNorm(head, c));
        double newMean = Enumerable.Range(oldOutputs, head.Outputs - oldOutputs).Average(c => ColumnNorm(head, c));
        if (newMean == 0) return;
        float gamma = (float)(oldMean / newMean);
        for (int r = 0; r < head.Inputs; r++)
            for (int c = oldOutputs; c < head.Outputs; c++)
                head.Kernel.Value[r * head.Outputs + c] *= gamma;
    }
}
