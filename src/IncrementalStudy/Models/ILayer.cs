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

    /// <summary>Same weights (copied), fresh gradients and scratch.</summary>
    ILayer Clone();
}
