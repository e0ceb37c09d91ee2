using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Models;

/// <summary>
/// Keras Conv2D, stride 1, on channels-last images (row, column, channel):
/// y[oy, ox, co] = f(b[co] + Σ_(ky, kx, ci) x[oy + ky − top, ox + kx − left, ci] · W[ky, kx, ci, co]), zero outside the image.
/// A chunk of samples is lowered at once with output positions as columns (<see cref="PatchColumns"/>: rows (ky, kx, ci),
/// columns (sample, oy, ox)), and every product is one <see cref="Gemm"/> A·B (no A·Bᵀ):
/// <list type="bullet">
/// <item>forward: Wᵀ[filters × patch] · columns, the long (sample, position) dimension across the vector lanes rather than
/// the few filters; every output is summed over (ky, kx, ci) ascending, as a Dense unit over its patch;</item>
/// <item>kernel gradient: columns · δ[(sample, position) × filters], one FMA chain per element over (sample, position)
/// ascending, continued across chunks (accumulated in place), as a Dense kernel gradient sums over rows;</item>
/// <item>input gradient: δ · Wᵀ with positions as rows gives each patch entry summed over filters ascending, then col2im
/// adds the entries into each pixel over output positions ascending.</item>
/// </list>
/// No sum runs across samples except the parameter gradients', whose order is (sample, position) ascending, so the bits do
/// not depend on the chunk size or on the other samples in the batch. Scratch is sized at construction; nothing grows with the batch.
/// </summary>
internal sealed unsafe class Conv2DLayer : ILayer
{
    public const int MaxKernelSize = 5;

    /// <summary>The lowering scratch holds as many samples as fit in this many floats (at least one sample): 512 KiB, so the lowered
    /// chunk, its gradient and the products stay in a core's share of L2 together (measured: 4% faster than 1 MiB on the LeNet-5 step).</summary>
    public const int ScratchFloats = 1 << 17;

    /// <summary>
    /// Gemm's vector kernels take rows of A six at a time and the rows after the last full block one at a time, one dependency
    /// chain each (several times slower per row); zero filters up to a multiple of six keep every forward row in a full block.
    /// </summary>
    private const int FilterBlock = 6;

    private readonly int _chunk;
    private readonly int _paddedFilters;

    private readonly float[] _columns;        // [patch × chunk positions]
    private readonly float[] _product;        // [padded filters × chunk positions]: the forward GEMM's output
    private readonly float[] _kernelRows;     // Wᵀ [padded filters × patch], rows past the filters zero
    private readonly float[] _columnGradient; // [chunk positions × patch]
    private readonly float[] _planar;         // one sample planar, for more than one channel

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
        _paddedFilters = (filters + FilterBlock - 1) / FilterBlock * FilterBlock;
        int chunkPositions = _chunk * Positions;
        _columns = new float[PatchSize * chunkPositions];
        _product = new float[_paddedFilters * chunkPositions];
        _kernelRows = new float[_paddedFilters * PatchSize];
        _columnGradient = new float[PatchSize * chunkPositions];
        _planar = new float[input.Channels > 1 ? input.Size : 0];
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
        int patch = PatchSize, filters = Filters;
        TransposeKernel();
        fixed (float* x = input, y = output, product = _product, bias = Bias.Value)
        {
            for (int first = 0; first < rows; first += _chunk)
            {
                int count = Math.Min(_chunk, rows - first), positions = count * Positions;
                LowerChunk(x, first, count);
                Gemm.Multiply(_kernelRows, _columns.AsSpan(0, patch * positions), _product.AsSpan(0, _paddedFilters * positions),
                    _paddedFilters, patch, positions);
                ToChannelsLast(product, positions, filters, bias, y + (long)first * OutputWidth);
            }
        }
        MultiplyAddCounter.Add((long)rows * MultiplyAddsPerSample);
        Activations.Apply(Activation, output[..(rows * OutputWidth)]);
    }

    public void Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> output, int rows, Span<float> outputGradient, Span<float> inputGradient)
    {
        Span<float> delta = outputGradient[..(rows * OutputWidth)];
        Activations.MultiplyByDerivative(Activation, output, delta);
        if (rows == 0) Kernel.Gradient.AsSpan().Clear();
        int patch = PatchSize, filters = Filters;
        if (!inputGradient.IsEmpty) TransposeKernel();
        fixed (float* x = input, dx = inputGradient, columnGradient = _columnGradient)
        {
            for (int first = 0; first < rows; first += _chunk)
            {
                int count = Math.Min(_chunk, rows - first), positions = count * Positions;
                ReadOnlySpan<float> chunkDelta = delta.Slice(first * OutputWidth, count * OutputWidth);
                // Lowered again rather than kept from the forward pass: relowering is cheap and the scratch stays a fixed chunk.
                LowerChunk(x, first, count);
                // Accumulating chunk after chunk stores and reloads each sum between chunks, which keeps one FMA chain per element.
                Gemm.Multiply(_columns.AsSpan(0, patch * positions), chunkDelta, Kernel.Gradient, patch, positions, filters, accumulate: first > 0);
                if (dx == null) continue;
                // The patch gradient δ·Wᵀ with positions as rows: an A·B whose rows are contiguous runs of the channels-last
                // input gradient, so col2im needs no transposes.
                Gemm.Multiply(chunkDelta, _kernelRows.AsSpan(0, filters * patch), _columnGradient.AsSpan(0, positions * patch), positions, filters, patch);
                for (int n = 0; n < count; n++)
                    PatchColumns.Raise(columnGradient + (long)n * Positions * patch, Input, KernelSize, PadBefore, Output, dx + (long)(first + n) * InputWidth);
            }
        }
        MultiplyAddCounter.Add((inputGradient.IsEmpty ? 1L : 2L) * rows * MultiplyAddsPerSample);
        RowVectors.SumRows(delta, rows * Positions, Bias.Gradient);
    }

    /// <summary>
    /// y[q, f] = product[f, q] + bias[f]: the filters × positions product back to channels-last, the bias added as the last
    /// step of each sum. With AVX2, 8 positions at a time, each 8-value run of y is gathered (its lane e is value 8o + e of
    /// the run's positions: position (8o + e) / filters, filter (8o + e) % filters), so the transpose costs loads instead of
    /// one scattered store per value; one addition per value on every path.
    /// </summary>
    private static void ToChannelsLast(float* product, int positions, int filters, float* bias, float* y)
    {
        const int MaxGatheredFilters = 64; // the index and bias vectors live on the stack
        int q = 0;
        if (Kernels.Current != KernelPath.Portable && filters <= MaxGatheredFilters)
        {
            Vector256<int>* index = stackalloc Vector256<int>[filters];
            Vector256<float>* biasRun = stackalloc Vector256<float>[filters];
            int* laneIndex = stackalloc int[8];
            float* laneBias = stackalloc float[8];
            for (int o = 0; o < filters; o++)
            {
                for (int e = 0; e < 8; e++)
                {
                    int value = 8 * o + e, filter = value % filters;
                    laneIndex[e] = filter * positions + value / filters;
                    laneBias[e] = bias[filter];
                }
                index[o] = Vector256.Load(laneIndex);
                biasRun[o] = Vector256.Load(laneBias);
            }
            for (; q + 8 <= positions; q += 8)
            {
                float* source = product + q, target = y + (long)q * filters;
                for (int o = 0; o < filters; o++)
                    Vector256.Store(Avx2.GatherVector256(source, index[o], 4) + biasRun[o], target + 8 * o);
            }
        }
        for (; q < positions; q++)
            for (int f = 0; f < filters; f++)
                y[(long)q * filters + f] = product[(long)f * positions + q] + bias[f];
    }

    /// <summary>
    /// Row by row, the gradient <see cref="Backward"/> on that row alone writes (lowered, one kernel-gradient product, the bias
    /// as position sums) into the parameters' gradient buffers, then its weighted squares added. The products are counted:
    /// they come on top of the batch's backward pass (a sum over positions is not an outer product of stored values).
    /// </summary>
    public void AddSquaredRowGradients(ReadOnlySpan<float> input, ReadOnlySpan<float> outputGradient, int rows, ReadOnlySpan<double> weights, ReadOnlySpan<double[]> sums)
    {
        int patch = PatchSize, filters = Filters;
        fixed (float* x = input)
        {
            for (int r = 0; r < rows; r++)
            {
                ReadOnlySpan<float> rowDelta = outputGradient.Slice(r * OutputWidth, OutputWidth);
                LowerChunk(x, r, 1);
                Gemm.Multiply(_columns.AsSpan(0, patch * Positions), rowDelta, Kernel.Gradient, patch, Positions, filters);
                RowVectors.SumRows(rowDelta, Positions, Bias.Gradient);
                WeightedSquares.Add(Kernel.Gradient, weights[r], sums[0]);
                WeightedSquares.Add(Bias.Gradient, weights[r], sums[1]);
            }
        }
        MultiplyAddCounter.Add((long)rows * MultiplyAddsPerSample);
    }

    /// <summary>Wᵀ into the first rows of <see cref="_kernelRows"/> (the rest stay zero).</summary>
    private void TransposeKernel()
    {
        int patch = PatchSize, filters = Filters;
        float[] kernel = Kernel.Value;
        for (int s = 0; s < patch; s++)
            for (int f = 0; f < filters; f++)
                _kernelRows[f * patch + s] = kernel[s * filters + f];
    }

    /// <summary>Samples [first, first + count) of the batch into <see cref="_columns"/>, packed (row stride count × positions).</summary>
    private void LowerChunk(float* batch, int first, int count)
    {
        long stride = (long)count * Positions;
        fixed (float* columns = _columns, planar = _planar)
        {
            for (int n = 0; n < count; n++)
            {
                float* image = batch + (long)(first + n) * InputWidth;
                if (Input.Channels > 1)
                {
                    PatchColumns.ToPlanar(image, Input.Height * Input.Width, Input.Channels, planar);
                    image = planar;
                }
                PatchColumns.Lower(image, Input, KernelSize, PadBefore, Output, columns + (long)n * Positions, stride);
            }
        }
    }

    public Conv2DLayer Clone() =>
        new(Input, Filters, KernelSize, Padding, Activation, Kernel.Clone(), Bias.Clone(), Kernel.Name[..^"/kernel".Length]);

    ILayer ILayer.Clone() => Clone();
}
