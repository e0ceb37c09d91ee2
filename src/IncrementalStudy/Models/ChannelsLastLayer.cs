namespace IncrementalStudy.Models;

/// <summary>
/// Reorders images given channel-major (channel, row, column), as data sets store them, into the channels-last order the
/// convolution and pooling layers use (Keras's default data_format). Only needed for more than one channel.
/// </summary>
internal sealed class ChannelsLastLayer(ImageShape input) : ILayer
{
    public ImageShape Input { get; } = input;
    public int InputWidth => Input.Size;
    public int OutputWidth => Input.Size;
    public IReadOnlyList<Parameter> Parameters => [];
    public int MultiplyAddsPerSample => 0;

    public void Forward(ReadOnlySpan<float> input, int rows, Span<float> output)
    {
        int channels = Input.Channels, pixels = Input.Height * Input.Width;
        for (int n = 0; n < rows; n++)
        {
            ReadOnlySpan<float> planar = input.Slice(n * InputWidth, InputWidth);
            Span<float> interleaved = output.Slice(n * InputWidth, InputWidth);
            for (int c = 0; c < channels; c++)
                for (int i = 0; i < pixels; i++)
                    interleaved[i * channels + c] = planar[c * pixels + i];
        }
    }

    public void Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> output, int rows, Span<float> outputGradient, Span<float> inputGradient)
    {
        if (inputGradient.IsEmpty) return;
        int channels = Input.Channels, pixels = Input.Height * Input.Width;
        for (int n = 0; n < rows; n++)
        {
            ReadOnlySpan<float> interleaved = outputGradient.Slice(n * InputWidth, InputWidth);
            Span<float> planar = inputGradient.Slice(n * InputWidth, InputWidth);
            for (int c = 0; c < channels; c++)
                for (int i = 0; i < pixels; i++)
                    planar[c * pixels + i] = interleaved[i * channels + c];
        }
    }

    public ILayer Clone() => new ChannelsLastLayer(Input);
}
