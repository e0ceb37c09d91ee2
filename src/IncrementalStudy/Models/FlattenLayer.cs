namespace IncrementalStudy.Models;

/// <summary>
/// Keras Flatten on channels-last maps: features in (row, column, channel) order, which is already the memory order,
/// so both passes are copies.
/// </summary>
internal sealed class FlattenLayer(ImageShape input) : ILayer
{
    public ImageShape Input { get; } = input;
    public int InputWidth => Input.Size;
    public int OutputWidth => Input.Size;
    public IReadOnlyList<Parameter> Parameters => [];
    public int MultiplyAddsPerSample => 0;

    public void Forward(ReadOnlySpan<float> input, int rows, Span<float> output) =>
        input[..(rows * InputWidth)].CopyTo(output);

    public void Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> output, int rows, Span<float> outputGradient, Span<float> inputGradient)
    {
        if (!inputGradient.IsEmpty) outputGradient[..(rows * OutputWidth)].CopyTo(inputGradient);
    }

    public ILayer Clone() => new FlattenLayer(Input);
}
