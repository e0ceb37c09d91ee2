using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Models;

/// <summary>
/// Keras MaxPooling2D((2, 2)) with stride 2 and valid padding on channels-last maps: an odd last row or column is dropped.
/// The gradient of a window goes to one input only: the first maximum in row-major window order (top-left, top-right,
/// bottom-left, bottom-right), found by a strict comparison, so ties are resolved the same way in both passes. A NaN wins
/// its window so it propagates. Pairs then rows (top pair's winner, then the bottom pair's if strictly greater) pick the
/// same input as scanning the four in order. Comparisons decided per value branch at random on real data, so each pair of
/// rows is compared whole with vector selects, every anchor (row, column, channel) at once (twice the needed work, but no
/// branch), and the anchors of windows picked out afterwards. Selects only: the result does not depend on the vector width.
/// </summary>
internal sealed unsafe class MaxPool2x2Layer : ILayer
{
    private readonly float[] _values;   // for each anchor of a row pair: its window's maximum
    private readonly int[] _offsets;    // and where it is, relative to the anchor

    public MaxPool2x2Layer(ImageShape input)
    {
        if (input.Height < 2 || input.Width < 2) throw new ArgumentException($"2×2 pooling needs at least a 2×2 map, got {input}.", nameof(input));
        Input = input;
        Output = new ImageShape(input.Channels, input.Height / 2, input.Width / 2);
        _values = new float[Anchors];
        _offsets = new int[Anchors];
    }

    /// <summary>Anchors compared per row pair: every column and channel whose window's right column is inside the map.</summary>
    private int Anchors => (2 * Output.Width - 1) * Input.Channels;

    public ImageShape Input { get; }
    public ImageShape Output { get; }
    public int InputWidth => Input.Size;
    public int OutputWidth => Output.Size;
    public IReadOnlyList<Parameter> Parameters => [];
    public int MultiplyAddsPerSample => 0;

    public void Forward(ReadOnlySpan<float> input, int rows, Span<float> output)
    {
        int channels = Input.Channels, rowStride = Input.Width * channels, windowWidth = Output.Width * channels;
        fixed (float* x = input, y = output, values = _values)
        fixed (int* offsets = _offsets)
        {
            for (int n = 0; n < rows; n++)
            {
                float* image = x + (long)n * InputWidth, pooled = y + (long)n * OutputWidth;
                for (int oy = 0; oy < Output.Height; oy++, pooled += windowWidth)
                {
                    CompareWindows(image + 2L * oy * rowStride, channels, rowStride, values, offsets, Anchors);
                    for (int ox = 0; ox < Output.Width; ox++) CopyChannels(values + 2 * ox * channels, pooled + ox * channels, channels);
                }
            }
        }
    }

    public void Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> output, int rows, Span<float> outputGradient, Span<float> inputGradient)
    {
        if (inputGradient.IsEmpty) return;
        int channels = Input.Channels, rowStride = Input.Width * channels, windowWidth = Output.Width * channels;
        inputGradient[..(rows * InputWidth)].Clear();
        fixed (float* x = input, pooledGradient = outputGradient, dx = inputGradient, values = _values)
        fixed (int* offsets = _offsets)
        {
            for (int n = 0; n < rows; n++)
            {
                float* image = x + (long)n * InputWidth, g = pooledGradient + (long)n * OutputWidth;
                // Windows do not overlap, so each input receives at most one value: assignment, no summation order to fix.
                for (int oy = 0; oy < Output.Height; oy++, g += windowWidth)
                {
                    long top = (long)n * InputWidth + 2L * oy * rowStride;
                    CompareWindows(x + top, channels, rowStride, values, offsets, Anchors);
                    for (int ox = 0; ox < Output.Width; ox++)
                        for (int c = 0; c < channels; c++)
                        {
                            int anchor = 2 * ox * channels + c;
                            dx[top + anchor + offsets[anchor]] = g[ox * channels + c];
                        }
                }
            }
        }
    }

    /// <summary>
    /// For each anchor i &lt; <paramref name="count"/> of the row pair at <paramref name="top"/>: the maximum of the window
    /// (i, i + channels, i + rowStride, i + rowStride + channels) and its offset from i.
    /// </summary>
    private static void CompareWindows(float* top, int channels, int rowStride, float* values, int* offsets, int count)
    {
        float* bottom = top + rowStride;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<int> right = Vector256.Create(channels), below = Vector256.Create(rowStride);
            for (; i + 8 <= count; i += 8)
            {
                (Vector256<float> upper, Vector256<int> upperOffset) = Pick(Vector256.Load(top + i), Vector256<int>.Zero, Vector256.Load(top + i + channels), right);
                (Vector256<float> lower, Vector256<int> lowerOffset) = Pick(Vector256.Load(bottom + i), below, Vector256.Load(bottom + i + channels), below + right);
                (Vector256<float> value, Vector256<int> offset) = Pick(upper, upperOffset, lower, lowerOffset);
                value.Store(values + i);
                offset.Store(offsets + i);
            }
        }
        for (; i < count; i++)
        {
            (float upper, int upperOffset) = Pick(top[i], 0, top[i + channels], channels);
            (float lower, int lowerOffset) = Pick(bottom[i], rowStride, bottom[i + channels], rowStride + channels);
            (values[i], offsets[i]) = Pick(upper, upperOffset, lower, lowerOffset);
        }
    }

    /// <summary>One pixel's channels (a short run: 6 or 16 in LeNet-5) by masked vector moves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CopyChannels(float* source, float* target, int channels)
    {
        if (!Avx.IsSupported)
        {
            for (int c = 0; c < channels; c++) target[c] = source[c];
            return;
        }
        for (int c = 0; c < channels; c += 8)
        {
            Vector256<float> mask = TailMask.First(Math.Min(8, channels - c));
            Avx.MaskStore(target + c, mask, Avx.MaskLoad(source + c, mask));
        }
    }

    /// <summary>The later candidate if it is greater, or NaN over a number (!(later ≤ earlier) while earlier is not NaN), else the earlier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<float>, Vector256<int>) Pick(Vector256<float> earlier, Vector256<int> earlierOffset, Vector256<float> later, Vector256<int> laterOffset)
    {
        Vector256<float> take = ~Vector256.LessThanOrEqual(later, earlier) & Vector256.Equals(earlier, earlier);
        return (Vector256.ConditionalSelect(take, later, earlier), Vector256.ConditionalSelect(take.AsInt32(), laterOffset, earlierOffset));
    }

    private static (float, int) Pick(float earlier, int earlierOffset, float later, int laterOffset) =>
        !(later <= earlier) && !float.IsNaN(earlier) ? (later, laterOffset) : (earlier, earlierOffset);

    public ILayer Clone() => new MaxPool2x2Layer(Input);
}
