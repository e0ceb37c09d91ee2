using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Tests.Support;

internal static class TestData
{
    public static float[] Uniform(int count, ulong seed, double low = -1, double high = 1)
    {
        var rng = new Rng(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (float)rng.NextUniform(low, high))];
    }

    public static int[] Labels(int count, int classes, ulong seed)
    {
        var rng = new Rng(seed);
        return [.. Enumerable.Range(0, count).Select(_ => rng.NextInt(classes))];
    }

    /// <summary>A small network with non-zero biases, so bias gradients matter.</summary>
    public static Mlp Network(int inputs, int[] hidden, Activation activation, int outputs, ulong seed)
    {
        Mlp model = Mlp.Create(new NetworkSpec(inputs, hidden, activation), outputs, new Rng(seed), new Rng(seed + 1));
        var rng = new Rng(seed + 2);
        foreach (DenseLayer layer in model.Layers)
            for (int j = 0; j < layer.Bias.Length; j++) layer.Bias.Value[j] = (float)rng.NextUniform(-0.5, 0.5);
        return model;
    }
}
