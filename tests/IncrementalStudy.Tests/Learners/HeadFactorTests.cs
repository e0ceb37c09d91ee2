using IncrementalStudy.Data;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Tests.Learners;

public class HeadFactorTests
{
    /// <summary>
    /// Normalised features a = (1, 0), b = (0, 1), c = (0.6, 0.8), d = (0.8, 0.6), mean (0.6, 0.6). Herding picks c (distance
    /// 0.04, first of a tie with d), then d (running mean (0.7, 0.7)), then a (tie with b, first wins).
    /// </summary>
    [Fact]
    public void Herding_picks_samples_in_the_hand_computed_order()
    {
        float[] features = [1, 0, 0, 1, 0.6f, 0.8f, 0.8f, 0.6f];
        Assert.Equal([2, 3, 0], ExemplarSelection.Herding(features, 2, 3));
        Assert.Equal([2, 3, 0, 1], ExemplarSelection.Herding(features, 2, 10)); // never more than there are
    }

    [Fact]
    public void Weight_aligning_scales_new_columns_to_the_old_mean_norm()
    {
        var head = new DenseLayer(2, 2, Activation.Linear, "head");
        head.Kernel.Value[0] = 1; // column 0 = (1, 0): norm 1
        head.Kernel.Value[3] = 3; // column 1 = (0, 3): norm 3
        head.AppendOutput([0, 4], 0.5f); // new column norm 4
        HeadInitializer.AlignWeights(head, oldOutputs: 2);
        Assert.Equal(2.0, HeadInitializer.ColumnNorm(head, 2), 6); // γ = mean old norm 2 / new norm 4
        Assert.Equal(1.0, HeadInitializer.ColumnNorm(head, 0), 6);
        Assert.Equal(0.5f, head.Bias.Value[2]);
    }

    [Fact]
    public void Imprinting_points_the_new_column_at_the_class_mean_feature()
    {
        Mlp model = Support.TestData.Network(2, [4], Activation.Relu, 2, seed: 3);
        var samples = new Dataset(Support.TestData.Uniform(20 * 2, seed: 4, 0, 2), new int[20], 2);
        (float[] column, float bias) = HeadInitializer.NewOutput(HeadInit.Imprint, model, samples, 3, new Rng(1));

        float[] features = model.HiddenFeatures(samples);
        double[] mean = [.. Enumerable.Range(0, 4).Select(d => Enumerable.Range(0, 20).Average(i => features[i * 4 + d]))];
        double meanNorm = Math.Sqrt(mean.Sum(v => v * v));
        double oldNorm = (HeadInitializer.ColumnNorm(model.Head, 0) + HeadInitializer.ColumnNorm(model.Head, 1)) / 2;
        for (int d = 0; d < 4; d++) Assert.Equal(mean[d] / meanNorm * oldNorm, column[d], 1e-5);
        Assert.Equal((model.Head.Bias.Value[0] + model.Head.Bias.Value[1]) / 2, bias, 1e-6);
        Assert.Equal(new float[4], HeadInitializer.NewOutput(HeadInit.Imprint, model, Dataset.Empty(2), 3, new Rng(1)).Column);
    }

    [Fact]
    public void Masked_init_uses_the_glorot_limit_of_a_head_sized_for_every_category()
    {
        Mlp model = Support.TestData.Network(2, [100], Activation.Relu, 2, seed: 5);
        float[] masked = HeadInitializer.NewOutput(HeadInit.Masked, model, Dataset.Empty(2), 50, new Rng(2)).Column;
        float[] random = HeadInitializer.NewOutput(HeadInit.Random, model, Dataset.Empty(2), 50, new Rng(2)).Column;
        double maskedLimit = DenseLayer.GlorotLimit(100, 50), randomLimit = DenseLayer.GlorotLimit(100, 3);
        Assert.All(masked, w => Assert.InRange(Math.Abs(w), 0, maskedLimit));
        // Same draws, scaled by the ratio of the limits.
        for (int i = 0; i < masked.Length; i++) Assert.Equal(random[i] * maskedLimit / randomLimit, masked[i], 1e-5);
    }
}
