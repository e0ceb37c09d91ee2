using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Learners;

/// <summary>The kernel column and bias of a new output node, for each <see cref="HeadInit"/>.</summary>
public static class HeadInitializer
{
    public static (float[] Column, float Bias) NewOutput(HeadInit init, INetwork model, Dataset newCategorySamples, int totalCategories, Rng rng)
    {
        DenseLayer head = model.Head;
        var column = new float[head.Inputs];
        switch (init)
        {
            case HeadInit.Zero:
                return (column, 0f);
            case HeadInit.Random:
            case HeadInit.Masked:
                // Random: the grown layer's Glorot limit; Masked: the limit of a layer allocated for every category up front.
                double limit = DenseLayer.GlorotLimit(head.Inputs, init == HeadInit.Random ? head.Outputs + 1 : Math.Max(totalCategories, head.Outputs + 1));
                for (int r = 0; r < column.Length; r++) column[r] = (float)rng.NextUniform(-limit, limit);
                return (column, 0f);
            case HeadInit.Imprint:
                return newCategorySamples.Count == 0 ? (column, 0f) : Imprint(model, newCategorySamples);
            default:
                throw new ArgumentOutOfRangeException(nameof(init), init, null);
        }
    }

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

    /// <summary>Weight aligning (Zhao et al. 2020): scale the new columns so their mean norm equals the old columns' mean norm.</summary>
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
