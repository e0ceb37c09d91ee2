namespace IncrementalStudy.Models;

/// <summary>
/// Keras MaxPooling2D((2, 2)) with stride 2 and valid padding on channels-last maps: an odd last row or column is dropped.
/// The gradient of a window goes to one input only: the first maximum in row-major window order (top-left, top-right,
/// bottom-left, bottom-right), found by a strict comparison, so ties are resolved the same way in both passes. A NaN wins
/// its window so it propagates.
/// </summary>
internal sealed class MaxPool2x2Layer : ILayer
{
    public MaxPool2x2Layer(ImageShape input)
    {
        if (input.Height < 2 || input.Width < 2) throw new ArgumentException($"2×2 pooling needs at least a 2×2 map, got {input}.", nameof(input));
        Input = input;
        Output = new ImageShape(input.Channels, input.Height / 2, input.Width / 2);
    }

    public ImageShape Input { get; }
    public ImageShape Output { get; }
    public int InputWidth => Input.Size;
    public int OutputWidth => Output.Size;
    public IReadOnlyList<Parameter> Parameters => [];
    public int MultiplyAddsPerSample => 0;

    public void Forward(ReadOnlySpan<float> input, int rows, Span<float> output)
    {
        int channels = Input.Channels;
        for (int n = 0; n < rows; n++)
        {
            ReadOnlySpan<float> image = input.Slice(n * InputWidth, InputWidth);
            Span<float> pooled = output.Slice(n * OutputWidth, OutputWidth);
            for (int oy = 0; oy < Output.Height; oy++)
                for (int ox = 0; ox < Output.Width; ox++)
                    for (int c = 0; c < channels; c++)
                        pooled[(oy * Output.Width + ox) * channels + c] = image[Winner(image, oy, ox, c)];
        }
    }

    public void Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> output, int rows, Span<float> outputGradient, Span<float> inputGradient)
    {
        if (inputGradient.IsEmpty) return;
        int channels = Input.Channels;
        inputGradient[..(rows * InputWidth)].Clear();
        for (int n = 0; n < rows; n++)
        {
            ReadOnlySpan<float> image = input.Slice(n * InputWidth, InputWidth);
            ReadOnlySpan<float> pooledGradient = outputGradient.Slice(n * OutputWidth, OutputWidth);
            Span<float> imageGradient = inputGradient.Slice(n * InputWidth, InputWidth);
            // Windows do not overlap, so each input receives at most one value: assignment, no summation order to fix.
            for (int oy = 0; oy < Output.Height; oy++)
                for (int ox = 0; ox < Output.Width; ox++)
                    for (int c = 0; c < channels; c++)
                        imageGradient[Winner(image, oy, ox, c)] = pooledGradient[(oy * Output.Width + ox) * channels + c];
        }
    }

    /// <summary>Index in <paramref name="image"/> of the window's first maximum in row-major order.</summary>
    private int Winner(ReadOnlySpan<float> image, int oy, int ox, int c)
    {
        int channels = Input.Channels, rowStride = Input.Width * channels;
        int topLeft = (2 * oy * Input.Width + 2 * ox) * channels + c;
        int best = topLeft;
        float value = image[best];
        Consider(image, topLeft + channels, ref best, ref value);
        Consider(image, topLeft + rowStride, ref best, ref value);
        Consider(image, topLeft + rowStride + channels, ref best, ref value);
        return best;
    }

    private static void Consider(ReadOnlySpan<float> image, int index, ref int best, ref float value)
    {
        float candidate = image[index];
        if (candidate > value || (float.IsNaN(candidate) && !float.IsNaN(value)))
        {
            best = index;
            value = candidate;
        }
    }

    public ILayer Clone() => new MaxPool2x2Layer(Input);
}
