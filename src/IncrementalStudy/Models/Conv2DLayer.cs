using System.Runtime.Intrinsics;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Models;

/// <summary>
/// Keras Conv2D, stride 1, on channels-last images (row, column, channel):
/// y[oy, ox, co] = f(b[co] + Σ_(ky, kx, ci) x[oy + ky − top, ox + kx − left, ci] · W[ky, kx, ci, co]), zero outside the image.
/// Each sample is lowered to an im2col matrix [output positions × (ky, kx, ci)] and multiplied by the kernel [(ky, kx, ci) × filters]
/// with <see cref="Gemm"/>, so every output is a Dense unit over its patch: summed over (ky, kx, ci) ascending, the same for any
/// batch, and the kernel gradient sums over (sample, position) ascending as a Dense kernel gradient sums over rows.
/// Samples are lowered a chunk at a time (as many as fit <see cref="ScratchFloats"/>) and each chunk is one GEMM: rows are
/// independent and the kernel gradient continues one FMA chain per element across the chunk's rows as it does across
/// samples, so the bits do not depend on the chunk size. Scratch is sized at construction; nothing grows with the batch.
/// </summary>
internal sealed class Conv2DLayer : ILayer
{
    public const int MaxKernelSize = 5;

    /// <summary>The lowering scratch holds as many samples as fit in this many floats (at least one sample).</summary>
    public const int ScratchFloats = 1 << 18;

    private readonly int _chunk;

    private readonly float[] _columns;
    private readonly float[] _columnGradient;
    private readonly float[] _kernelTransposed; // [filters × patch], so the patch gradient is a plain A·B

    public Conv2DLayer(ImageShape input, int filters, int kernelSize, Padding padding, Activation activation, string name)
        : this(input, filters, kernelSize, padding, activation, null, null, name)
    {
    }

    private Conv2DLayer(ImageShape input, int filters, int kernelSize, Padding padding, Activation activation, Parameter? kernel, Parameter? bias, string name)
    {
        if (kernelSize is < 1 or > MaxKernelSize) throw new ArgumentOutOfRangeException(nameof(kernelSize), kernelSize, $"Kernels are 1×1 to {MaxKernelSize}×{MaxKernelSize}.");
        if (filters < 1 || input.Channels < 1) throw new ArgumentOutOfRangeException(nameof(filters), "A convolution needs at least one input and one output channel.");
        int shrink = padding == Padding.Same ? 0 : kernelSize - 1;
        if (input.Height - shrink < 1 || input.Width - shrink < 1)
            throw new ArgumentException($"A {kernelSize}×{kernelSize} {padding.ToString().ToLowerInvariant()} convolution does not fit a {input} input.", nameof(input));
        Input = input;
        Output = new ImageShape(filters, input.Height - shrink, input.Width - shrink);
        KernelSize = kernelSize;
        Padding = padding;
        Activation = activation;
        PadBefore = padding == Padding.Same ? (kernelSize - 1) / 2 : 0;
        Kernel = kernel ?? new Parameter(name + "/kernel", PatchSize, filters);
        Bias = bias ?? new Parameter(name + "/bias", 1, filters);
        _chunk = Math.Max(1, ScratchFloats / (Positions * PatchSize));
        _columns = new float[_chunk * Positions * PatchSize];
        _columnGradient = new float[_chunk * Positions * PatchSize];
        _kernelTransposed = new float[PatchSize * filters];
    }

    public ImageShape Input { get; }
    public ImageShape Output { get; }
    public int KernelSize { get; }
    public Padding Padding { get; }
    public Activation Activation { get; }

    /// <summary>Zero rows above and columns left of the image (the rest of the padding is below and right).</summary>
    public int PadBefore { get; }

    /// <summary>W as [(ky, kx, ci) × filters]: Keras's (kh, kw, in, out) kernel in row-major order.</summary>
    public Parameter Kernel { get; }
    public Parameter Bias { get; }
    public int Filters => Output.Channels;
    public int PatchSize => KernelSize * KernelSize * Input.Channels;
    public int Positions => Output.Height * Output.Width;
    public int FanIn => PatchSize;
    public int FanOut => KernelSize * KernelSize * Filters;

    public int InputWidth => Input.Size;
    public int OutputWidth => Output.Size;
    public IReadOnlyList<Parameter> Parameters => [Kernel, Bias];
    public int MultiplyAddsPerSample => Positions * PatchSize * Filters;

    public void Forward(ReadOnlySpan<float> input, int rows, Span<float> output)
    {
        for (int first = 0; first < rows; first += _chunk)
        {
            int count = Math.Min(_chunk, rows - first);
            for (int n = 0; n < count; n++)
                Lower(input.Slice((first + n) * InputWidth, InputWidth), _columns.AsSpan(n * Positions * PatchSize, Positions * PatchSize));
            Gemm.Multiply(_columns.AsSpan(0, count * Positions * PatchSize), Kernel.Value, output.Slice(first * OutputWidth, count * OutputWidth),
                count * Positions, PatchSize, Filters);
        }
        MultiplyAddCounter.Add((long)rows * MultiplyAddsPerSample);
        RowVectors.AddToEachRow(output, rows * Positions, Bias.Value);
        Activations.Apply(Activation, output[..(rows * OutputWidth)]);
    }

    public void Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> output, int rows, Span<float> outputGradient, Span<float> inputGradient)
    {
        Span<float> delta = outputGradient[..(rows * OutputWidth)];
        Activations.MultiplyByDerivative(Activation, output, delta);
        if (rows == 0) Kernel.Gradient.AsSpan().Clear();
        if (!inputGradient.IsEmpty) Transpose(Kernel.Value, _kernelTransposed, PatchSize, Filters);
        for (int first = 0; first < rows; first += _chunk)
        {
            int count = Math.Min(_chunk, rows - first), lowered = count * Positions * PatchSize;
            ReadOnlySpan<float> chunkDelta = delta.Slice(first * OutputWidth, count * OutputWidth);
            // Lowered again rather than kept from the forward pass: a copy is cheap and the scratch stays a fixed chunk.
            for (int n = 0; n < count; n++)
                Lower(input.Slice((first + n) * InputWidth, InputWidth), _columns.AsSpan(n * Positions * PatchSize, Positions * PatchSize));
            // Accumulating chunk after chunk stores and reloads each sum between chunks, which keeps one FMA chain per element.
            Gemm.MultiplyTransposeA(_columns.AsSpan(0, lowered), chunkDelta, Kernel.Gradient, count * Positions, PatchSize, Filters, accumulate: first > 0);
            if (inputGradient.IsEmpty) continue;
            // dCol = δ·Wᵀ through the A·B kernel: A·Bᵀ would reduce a 16-wide dot product across lanes for every element.
            Gemm.Multiply(chunkDelta, _kernelTransposed, _columnGradient.AsSpan(0, lowered), count * Positions, Filters, PatchSize);
            for (int n = 0; n < count; n++)
                Raise(_columnGradient.AsSpan(n * Positions * PatchSize, Positions * PatchSize), inputGradient.Slice((first + n) * InputWidth, InputWidth));
        }
        MultiplyAddCounter.Add((inputGradient.IsEmpty ? 1L : 2L) * rows * MultiplyAddsPerSample);
        RowVectors.SumRows(delta, rows * Positions, Bias.Gradient);
    }

    private static void Transpose(ReadOnlySpan<float> source, Span<float> target, int rows, int columns)
    {
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
                target[c * rows + r] = source[r * columns + c];
    }

    /// <summary>im2col for one channels-last image: row p of <paramref name="columns"/> is the patch under output position p.</summary>
    private void Lower(ReadOnlySpan<float> image, Span<float> columns)
    {
        int k = KernelSize, channels = Input.Channels, height = Input.Height, width = Input.Width, run = k * channels;
        int p = 0;
        for (int oy = 0; oy < Output.Height; oy++)
        {
            for (int ox = 0; ox < Output.Width; ox++, p++)
            {
                Span<float> patch = columns.Slice(p * PatchSize, PatchSize);
                int x0 = ox - PadBefore;
                bool rowInside = x0 >= 0 && x0 + k <= width;
                for (int ky = 0; ky < k; ky++)
                {
                    Span<float> segment = patch.Slice(ky * run, run);
                    int iy = oy + ky - PadBefore;
                    if ((uint)iy >= (uint)height)
                        segment.Clear();
                    else if (rowInside)
                        image.Slice((iy * width + x0) * channels, run).CopyTo(segment);
                    else
                        for (int kx = 0; kx < k; kx++)
                        {
                            int ix = x0 + kx;
                            Span<float> pixel = segment.Slice(kx * channels, channels);
                            if ((uint)ix >= (uint)width) pixel.Clear();
                            else image.Slice((iy * width + ix) * channels, channels).CopyTo(pixel);
                        }
                }
            }
        }
    }

    /// <summary>col2im: the adjoint of <see cref="Lower"/>, summing patch gradients into pixels in ascending (position, ky, kx, ci) order.</summary>
    private void Raise(ReadOnlySpan<float> columnGradient, Span<float> imageGradient)
    {
        int k = KernelSize, channels = Input.Channels, height = Input.Height, width = Input.Width;
        imageGradient.Clear();
        int p = 0;
        for (int oy = 0; oy < Output.Height; oy++)
        {
            for (int ox = 0; ox < Output.Width; ox++, p++)
            {
                ReadOnlySpan<float> patch = columnGradient.Slice(p * PatchSize, PatchSize);
                int x0 = ox - PadBefore;
                for (int ky = 0; ky < k; ky++)
                {
                    int iy = oy + ky - PadBefore;
                    if ((uint)iy >= (uint)height) continue;
                    int kxFirst = Math.Max(0, -x0), kxEnd = Math.Min(k, width - x0);
                    if (kxEnd <= kxFirst) continue;
                    ReadOnlySpan<float> source = patch.Slice((ky * k + kxFirst) * channels, (kxEnd - kxFirst) * channels);
                    Span<float> target = imageGradient.Slice((iy * width + x0 + kxFirst) * channels, source.Length);
                    int i = 0;
                    if (Vector256.IsHardwareAccelerated)
                        for (; i + 8 <= source.Length; i += 8)
                            (Vector256.Create(target.Slice(i, 8)) + Vector256.Create(source.Slice(i, 8))).CopyTo(target.Slice(i, 8));
                    for (; i < source.Length; i++) target[i] += source[i];
                }
            }
        }
    }

    public Conv2DLayer Clone() =>
        new(Input, Filters, KernelSize, Padding, Activation, Kernel.Clone(), Bias.Clone(), Kernel.Name[..^"/kernel".Length]);

    ILayer ILayer.Clone() => Clone();
}
