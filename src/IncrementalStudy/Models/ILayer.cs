namespace IncrementalStudy.Models;

/// <summary>
/// One stage of a feed-forward network on a batch of row-major samples: <see cref="InputWidth"/> floats per sample in,
/// <see cref="OutputWidth"/> out. Layers keep no batch-sized state; the network owns activation and gradient buffers.
/// </summary>
internal interface ILayer
{
    int InputWidth { get; }
    int OutputWidth { get; }

    /// <summary>Trainable tensors in a fixed order (kernel before bias), empty for layers without weights.</summary>
    IReadOnlyList<Parameter> Parameters { get; }

    int MultiplyAddsPerSample { get; }

    void Forward(ReadOnlySpan<float> input, int rows, Span<float> output);

    /// <summary>
    /// <paramref name="outputGradient"/> holds dL/dy on entry and may be overwritten; parameter gradients are overwritten;
    /// dL/dx is written when <paramref name="inputGradient"/> is not empty.
    /// </summary>
    void Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> output, int rows, Span<float> outputGradient, Span<float> inputGradient);

    /// <summary>
    /// After <see cref="Backward"/> on <paramref name="rows"/> rows (with <paramref name="outputGradient"/> as that pass left
    /// it): for each of this layer's parameters p, sums[p][i] += (w_r·g_r,i)·g_r,i in double for r = 0, 1, … in turn, where
    /// g_r is the gradient a backward pass of row r alone writes (see <see cref="Numerics.WeightedSquares"/>). Layers without
    /// weights have nothing to add.
    /// </summary>
    void AddSquaredRowGradients(ReadOnlySpan<float> input, ReadOnlySpan<float> outputGradient, int rows, ReadOnlySpan<double> weights, ReadOnlySpan<double[]> sums)
    {
        if (Parameters.Count > 0) throw new NotSupportedException($"{GetType().Name} has weights but does not give per-row squared gradients (needed by the Fisher).");
    }

    /// <summary>Same weights (copied), fresh gradients and scratch.</summary>
    ILayer Clone();
}
