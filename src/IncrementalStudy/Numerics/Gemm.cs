using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace IncrementalStudy.Numerics;

/// <summary>
/// Row-major matrix products on flat spans, in the three forms backpropagation needs, so no transpose is ever materialised.
/// A·B and Aᵀ·B share one register-blocked kernel (6 rows × 32 columns of C on AVX-512, 6 × 16 on AVX2/FMA) with masked
/// blocks for narrow edges, so a 10-unit layer or a 3-class head stays vectorised; A·Bᵀ is a blocked dot-product kernel
/// (8-lane partial sums, reduced in a fixed order), or for a shared dimension below 8 (below 32 on AVX-512) a kernel over
/// gathered columns of B. A single row of A (a per-sample pass) runs a one-row kernel on AVX-512.
/// On AVX-512 the operand a kernel rereads is first copied to a contiguous, 64-byte-aligned per-thread buffer (a panel of
/// B, blocks of Aᵀ, pairs of rows of B for A·Bᵀ): that changes where values are read from, never the order in which they
/// are summed.
/// Every element of C is accumulated over the shared dimension in a fixed order with one rounding per step (fused
/// multiply-add everywhere, in the scalar tails and on the portable path too), so results do not depend on which block an
/// element falls into, on the batch size, on threads running other cases, or on the kernel path (<see cref="Kernels"/>).
/// </summary>
internal static unsafe class Gemm
{
    private const int RowBlock = 6;
    private const int ColumnBlock = 16;
    private const int DepthBlock = 256; // a 256 × 16 panel of B is 16 KiB and stays in L1 while the row blocks stream past

    private const int WideColumnBlock = 32;
    private const int WideDepthBlock = 128;
    private const int ShortStripedDepth = 32; // A·Bᵀ below this shared dimension gathers columns of B instead of packing rows

    /// <summary>C[m×n] = A[m×k]·B[k×n] (or += when <paramref name="accumulate"/>).</summary>
    public static void Multiply(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n, bool accumulate = false)
    {
        CheckSizes(a.Length, m * k, b.Length, k * n, c.Length, m * n);
        MultiplyOn(Kernels.Current, a, b, c, m, k, n, accumulate);
    }

    private static void MultiplyOn(KernelPath path, ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n, bool accumulate)
    {
        fixed (float* pa = a, pb = b, pc = c)
            Accumulate(path, pa, rowStride: k, depthStride: 1, pb, pc, m, depth: k, n, accumulate);
    }

    /// <summary>
    /// C = A·B with the rows of C split into fixed blocks of 6 across <paramref name="threads"/> threads. Every element is computed
    /// exactly as by <see cref="Multiply"/>, so the result is bitwise the same for any thread count.
    /// </summary>
    public static void MultiplyParallel(float[] a, float[] b, float[] c, int m, int k, int n, int threads)
    {
        CheckSizes(a.Length, m * k, b.Length, k * n, c.Length, m * n);
        int blocks = (m + RowBlock - 1) / RowBlock;
        int perThread = (blocks + threads - 1) / threads;
        KernelPath path = Kernels.Current; // the workers run on the caller's path
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            int first = Math.Min(m, t * perThread * RowBlock), last = Math.Min(m, (t + 1) * perThread * RowBlock);
            if (last > first)
                MultiplyOn(path, a.AsSpan(first * k, (last - first) * k), b, c.AsSpan(first * n, (last - first) * n), last - first, k, n, accumulate: false);
        });
    }

    /// <summary>C[k×n] = A[m×k]ᵀ·B[m×n] (or +=): the kernel gradient Xᵀ·dY.</summary>
    public static void MultiplyTransposeA(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n, bool accumulate = false)
    {
        CheckSizes(a.Length, m * k, b.Length, m * n, c.Length, k * n);
        fixed (float* pa = a, pb = b, pc = c)
            Accumulate(Kernels.Current, pa, rowStride: 1, depthStride: k, pb, pc, rows: k, depth: m, n, accumulate);
    }

    /// <summary>C[m×n] = A[m×k]·B[n×k]ᵀ (or +=): the input gradient dY·Wᵀ.</summary>
    public static void MultiplyTransposeB(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n, bool accumulate = false)
    {
        CheckSizes(a.Length, m * k, b.Length, n * k, c.Length, m * n);
        KernelPath path = Kernels.Current;
        fixed (float* pa = a, pb = b, pc = c)
        {
            if (path == KernelPath.Portable)
            {
                PortableTransposeB(pa, pb, pc, m, k, n, accumulate);
                return;
            }
            if (k < 8)
            {
                if (path == KernelPath.Avx512) ShortDotRows512(pa, pb, pc, m, k, n, accumulate);
                else ShortDotRows(pa, pb, pc, m, k, n, accumulate);
                return;
            }
            // Columns below n − n % 4 are 8-lane striped dot products (DotFour's order), the last n % 4 sequential ones.
            int striped = n - n % 4, blocked;
            if (path == KernelPath.Avx512 && k < ShortStripedDepth)
            {
                // A shared dimension of a few chunks (the gradient through a 10-class head): too short for packed rows of B,
                // whose depth tail would be summed one element at a time.
                blocked = striped;
                ShortStripedRows512(pa, pb, pc, m, k, striped, n, accumulate);
            }
            else if (path == KernelPath.Avx512 && m == 1)
            {
                // One row of A (a per-sample backward pass, as the Fisher runs): packing would read B twice and the 6-row block
                // would compute the row six times; DotFour's 8-lane sums are the same bits.
                blocked = 0;
            }
            else if (path == KernelPath.Avx512)
            {
                // Eight rows of B outside, packed once so each 8-wide chunk of a pair of rows is one contiguous 512-bit load;
                // all 6-row blocks of A inside, so the packed rows stay in L1 while A streams from L2.
                int chunks = k / 8;
                blocked = n - n % 8;
                float* packed = PackBuffer(64 * chunks);
                for (int j = 0; j < blocked; j += 8)
                {
                    float* bBlock = pb + (long)j * k;
                    PackEightRows(bBlock, k, chunks, packed);
                    for (int i = 0; i < m; i += 6)
                        DotBlock6x8(pa + (long)i * k, packed, bBlock, k, chunks, pc + (long)i * n + j, n, Math.Min(6, m - i), accumulate);
                }
            }
            else
            {
                // Four rows of B outside, rows of A inside: the four rows stay in L1 while A streams from L2, instead of all
                // of B (1.2 MiB for a 784 × 400 kernel) being reread from L3 for every row of A.
                blocked = striped;
                for (int j = 0; j < striped; j += 4)
                    for (int i = 0; i < m; i++)
                        DotFour(pa + (long)i * k, pb + (long)j * k, k, pc + (long)i * n + j, accumulate);
            }
            for (int i = 0; i < m; i++)
                DotRow(pa + (long)i * k, pb, pc + (long)i * n, k, blocked, striped, n, accumulate);
        }
    }

    /// <summary>Columns [from, n) of one row of A·Bᵀ: DotFour below <paramref name="striped"/>, sequential dot products after.</summary>
    private static void DotRow(float* aRow, float* b, float* cRow, int k, int from, int striped, int n, bool accumulate)
    {
        int j = from;
        for (; j < striped; j += 4)
            DotFour(aRow, b + (long)j * k, k, cRow + j, accumulate);
        for (; j < n; j++)
        {
            float sum = Dot(aRow, b + (long)j * k, k);
            cRow[j] = accumulate ? cRow[j] + sum : sum;
        }
    }

    /// <summary>
    /// A·Bᵀ without vector instructions, element by element in the vector kernels' order: below n − n % 4 columns (and for
    /// k ≥ 8) eight striped partial sums reduced as <see cref="Vector256.Sum{T}"/> reduces them, then a sequential tail.
    /// </summary>
    private static void PortableTransposeB(float* a, float* b, float* c, int m, int k, int n, bool accumulate)
    {
        int striped = k < 8 ? 0 : n - n % 4, chunks = k - k % 8;
        float* lanes = stackalloc float[8];
        for (int i = 0; i < m; i++)
        {
            float* aRow = a + (long)i * k;
            for (int j = 0; j < n; j++)
            {
                float* bRow = b + (long)j * k;
                float sum;
                if (j < striped)
                {
                    for (int l = 0; l < 8; l++) lanes[l] = 0f;
                    for (int p = 0; p < chunks; p += 8)
                        for (int l = 0; l < 8; l++) lanes[l] = MathF.FusedMultiplyAdd(aRow[p + l], bRow[p + l], lanes[l]);
                    sum = SumOfEight(lanes);
                    for (int p = chunks; p < k; p++) sum = MathF.FusedMultiplyAdd(aRow[p], bRow[p], sum);
                }
                else
                {
                    sum = Dot(aRow, bRow, k);
                }
                float* target = c + (long)i * n + j;
                *target = accumulate ? *target + sum : sum;
            }
        }
    }

    /// <summary>The reduction order of <see cref="Vector256.Sum{T}"/> for floats (pairwise within halves, as its software form; pinned by the path tests).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float SumOfEight(float* x) => ((x[0] + x[1]) + (x[2] + x[3])) + ((x[4] + x[5]) + (x[6] + x[7]));

    /// <summary>
    /// C[r, j] += Σ_s A[r·rowStride + s·depthStride] · B[s·n + j], s ascending, for r &lt; rows, j &lt; n. The depth is cut into
    /// blocks processed in increasing order with C stored between them, which keeps every element's sequence of roundings
    /// unchanged while a panel of B stays in L1.
    /// </summary>
    /// <remarks>
    /// Without <paramref name="accumulate"/> C starts at zero: the AVX-512 kernels start their first depth block's registers
    /// at +0 instead of loading a cleared C (the same +0 addend, so the same bits, without a pass over C); the other paths
    /// clear C first.
    /// </remarks>
    private static void Accumulate(KernelPath path, float* a, int rowStride, int depthStride, float* b, float* c, int rows, int depth, int n, bool accumulate)
    {
        if (!accumulate && (path != KernelPath.Avx512 || depth == 0)) new Span<float>(c, rows * n).Clear();
        // A 32-column panel is twice as wide, so the AVX-512 path takes half the depth to keep it at 16 KiB in L1.
        int depthBlock = path == KernelPath.Avx512 ? WideDepthBlock : DepthBlock;
        for (int s0 = 0; s0 < depth; s0 += depthBlock)
        {
            float* aBlock = a + (long)s0 * depthStride, bBlock = b + (long)s0 * n;
            int depthInBlock = Math.Min(depthBlock, depth - s0);
            if (path == KernelPath.Avx512) AccumulateBlock512(aBlock, rowStride, depthStride, bBlock, c, rows, depthInBlock, n, fromZero: !accumulate && s0 == 0);
            else AccumulateBlock(path, aBlock, rowStride, depthStride, bBlock, c, rows, depthInBlock, n);
        }
    }

    /// <summary>The AVX-512 form of <see cref="AccumulateBlock"/> (<see cref="KernelBlocks512"/>), with A packed first for Aᵀ·B.</summary>
    private static void AccumulateBlock512(float* a, int rowStride, int depthStride, float* b, float* c, int rows, int depth, int n, bool fromZero)
    {
        if (rowStride == 1 && depthStride != 1 && n >= WideColumnBlock)
        {
            // Aᵀ·B reads six neighbouring values of A per step from a row one A-row apart, a new cache line and often a new
            // page each time; packed once per depth block as [block of 6 rows][step][6], every block is one contiguous stream.
            float* packed = PackBuffer((rows + RowBlock - 1) / RowBlock * RowBlock * depth);
            PackRowBlocks(a, depthStride, rows, depth, packed);
            KernelBlocks512(packed, blockStride: depth, rowStride: 1, depthStride: RowBlock, b, c, rows, depth, n, fromZero);
            return;
        }
        KernelBlocks512(a, blockStride: rowStride, rowStride, depthStride, b, c, rows, depth, n, fromZero);
    }

    /// <summary>
    /// Rows [6q, 6q + 6) of Aᵀ (neighbouring values of a row of A) over the depth block as 6 consecutive floats per step, the
    /// blocks one after another; masked moves, so the last block reads nothing past its rows.
    /// </summary>
    private static void PackRowBlocks(float* a, int depthStride, int rows, int depth, float* packed)
    {
        for (int r0 = 0; r0 < rows; r0 += RowBlock)
        {
            Vector256<float> mask = TailMask.First(Math.Min(RowBlock, rows - r0));
            float* source = a + r0, target = packed + (long)r0 * depth;
            for (int s = 0; s < depth; s++, source += depthStride, target += RowBlock)
                Avx.MaskStore(target, mask, Avx.MaskLoad(source, mask));
        }
    }

    /// <summary>
    /// 6 × 32 blocks of C in twelve 512-bit registers and 6 × 16 masked blocks for the last columns; block q of rows starts at
    /// <paramref name="a"/> + 6q · <paramref name="blockStride"/>. The last block of rows, when fewer than 6, repeats its last
    /// row in the spare rows of the kernel: they load, compute and store the same values at the same place, so the rows left
    /// over run at full speed instead of on one dependency chain per register.
    /// </summary>
    private static void KernelBlocks512(float* a, int blockStride, int rowStride, int depthStride, float* b, float* c, int rows, int depth, int n, bool fromZero)
    {
        if (rows == 1)
        {
            SingleRow512(a, depthStride, b, c, depth, n, fromZero);
            return;
        }
        int j = 0;
        if (n >= WideColumnBlock)
        {
            float* panel = PanelBuffer(depth * WideColumnBlock);
            for (; j + WideColumnBlock <= n; j += WideColumnBlock)
            {
                // The 32-column panel of B copied to one contiguous 16 KiB stream (its rows are n floats apart in B):
                // fewer pages and cache sets for the row blocks that all reread it, and a sequential prefetch.
                for (int s = 0; s < depth; s++)
                {
                    Avx512F.Store(panel + s * WideColumnBlock, Avx512F.LoadVector512(b + (long)s * n + j));
                    Avx512F.Store(panel + s * WideColumnBlock + 16, Avx512F.LoadVector512(b + (long)s * n + j + 16));
                }
                for (int r = 0; r < rows; r += RowBlock)
                    Kernel6x32(a + (long)r * blockStride, rowStride, depthStride, panel, WideColumnBlock, c + (long)r * n + j, n, depth, Math.Min(RowBlock, rows - r), fromZero);
            }
        }
        for (; j < n; j += 16)
            for (int r = 0; r < rows; r += RowBlock)
                Kernel6x16Masked(a + (long)r * blockStride, rowStride, depthStride, b + j, n, c + (long)r * n + j, depth, Math.Min(RowBlock, rows - r), Math.Min(16, n - j), fromZero);
    }

    /// <summary>
    /// One row of C (a forward pass of one sample): 128 columns at a time in eight accumulators, straight from B (each value of
    /// B is read once, so a panel copy would only add work), instead of the 6-row kernel computing the row six times. Each
    /// element is still one fused multiply-add chain over the depth in order.
    /// </summary>
    private static void SingleRow512(float* a, int depthStride, float* b, float* c, int depth, int n, bool fromZero)
    {
        Vector512<float> zero = Vector512<float>.Zero;
        int j = 0;
        for (; j + 128 <= n; j += 128)
        {
            float* r = c + j;
            Vector512<float> c0 = zero, c1 = zero, c2 = zero, c3 = zero, c4 = zero, c5 = zero, c6 = zero, c7 = zero;
            if (!fromZero)
            {
                c0 = Avx512F.LoadVector512(r); c1 = Avx512F.LoadVector512(r + 16); c2 = Avx512F.LoadVector512(r + 32); c3 = Avx512F.LoadVector512(r + 48);
                c4 = Avx512F.LoadVector512(r + 64); c5 = Avx512F.LoadVector512(r + 80); c6 = Avx512F.LoadVector512(r + 96); c7 = Avx512F.LoadVector512(r + 112);
            }
            long offset = 0;
            for (int s = 0; s < depth; s++, offset += depthStride)
            {
                float* bRow = b + (long)s * n + j;
                Vector512<float> x = Vector512.Create(a[offset]);
                c0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(bRow), c0);
                c1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(bRow + 16), c1);
                c2 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(bRow + 32), c2);
                c3 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(bRow + 48), c3);
                c4 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(bRow + 64), c4);
                c5 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(bRow + 80), c5);
                c6 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(bRow + 96), c6);
                c7 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(bRow + 112), c7);
            }
            Avx512F.Store(r, c0); Avx512F.Store(r + 16, c1); Avx512F.Store(r + 32, c2); Avx512F.Store(r + 48, c3);
            Avx512F.Store(r + 64, c4); Avx512F.Store(r + 80, c5); Avx512F.Store(r + 96, c6); Avx512F.Store(r + 112, c7);
        }
        for (; j < n; j += 16)
        {
            Vector512<float> mask = TailMask.First16(Math.Min(16, n - j));
            Vector512<float> sum = fromZero ? zero : Avx512F.MaskLoad(c + j, mask, zero);
            long offset = 0;
            for (int s = 0; s < depth; s++, offset += depthStride)
                sum = Avx512F.FusedMultiplyAdd(Vector512.Create(a[offset]), Avx512F.MaskLoad(b + (long)s * n + j, mask, zero), sum);
            Avx512F.MaskStore(c + j, mask, sum);
        }
    }

    /// <summary>Offset of row <paramref name="row"/> of a block of <paramref name="count"/> rows, the last row standing in for the missing ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long RowOffset(int row, int count, int stride) => (long)Math.Min(row, count - 1) * stride;

    /// <summary>A 6 × 32 block of C in twelve AVX-512 registers; each step broadcasts 6 values of A against 32 of B (rows of B <paramref name="bStride"/> apart).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Kernel6x32(float* a, int rowStride, int depthStride, float* b, int bStride, float* c, int n, int depth, int count, bool fromZero)
    {
        float* a0 = a, a1 = a + RowOffset(1, count, rowStride), a2 = a + RowOffset(2, count, rowStride);
        float* a3 = a + RowOffset(3, count, rowStride), a4 = a + RowOffset(4, count, rowStride), a5 = a + RowOffset(5, count, rowStride);
        float* r0 = c, r1 = c + RowOffset(1, count, n), r2 = c + RowOffset(2, count, n);
        float* r3 = c + RowOffset(3, count, n), r4 = c + RowOffset(4, count, n), r5 = c + RowOffset(5, count, n);
        Vector512<float> c00 = Vector512<float>.Zero, c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
        Vector512<float> c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
        if (!fromZero)
        {
            c00 = Avx512F.LoadVector512(r0); c01 = Avx512F.LoadVector512(r0 + 16);
            c10 = Avx512F.LoadVector512(r1); c11 = Avx512F.LoadVector512(r1 + 16);
            c20 = Avx512F.LoadVector512(r2); c21 = Avx512F.LoadVector512(r2 + 16);
            c30 = Avx512F.LoadVector512(r3); c31 = Avx512F.LoadVector512(r3 + 16);
            c40 = Avx512F.LoadVector512(r4); c41 = Avx512F.LoadVector512(r4 + 16);
            c50 = Avx512F.LoadVector512(r5); c51 = Avx512F.LoadVector512(r5 + 16);
        }
        long offset = 0;
        for (int s = 0; s < depth; s++, offset += depthStride)
        {
            float* bRow = b + (long)s * bStride;
            Vector512<float> b0 = Avx512F.LoadVector512(bRow), b1 = Avx512F.LoadVector512(bRow + 16);
            Vector512<float> x = Vector512.Create(a0[offset]);
            c00 = Avx512F.FusedMultiplyAdd(x, b0, c00); c01 = Avx512F.FusedMultiplyAdd(x, b1, c01);
            x = Vector512.Create(a1[offset]);
            c10 = Avx512F.FusedMultiplyAdd(x, b0, c10); c11 = Avx512F.FusedMultiplyAdd(x, b1, c11);
            x = Vector512.Create(a2[offset]);
            c20 = Avx512F.FusedMultiplyAdd(x, b0, c20); c21 = Avx512F.FusedMultiplyAdd(x, b1, c21);
            x = Vector512.Create(a3[offset]);
            c30 = Avx512F.FusedMultiplyAdd(x, b0, c30); c31 = Avx512F.FusedMultiplyAdd(x, b1, c31);
            x = Vector512.Create(a4[offset]);
            c40 = Avx512F.FusedMultiplyAdd(x, b0, c40); c41 = Avx512F.FusedMultiplyAdd(x, b1, c41);
            x = Vector512.Create(a5[offset]);
            c50 = Avx512F.FusedMultiplyAdd(x, b0, c50); c51 = Avx512F.FusedMultiplyAdd(x, b1, c51);
        }
        Avx512F.Store(r0, c00); Avx512F.Store(r0 + 16, c01);
        Avx512F.Store(r1, c10); Avx512F.Store(r1 + 16, c11);
        Avx512F.Store(r2, c20); Avx512F.Store(r2 + 16, c21);
        Avx512F.Store(r3, c30); Avx512F.Store(r3 + 16, c31);
        Avx512F.Store(r4, c40); Avx512F.Store(r4 + 16, c41);
        Avx512F.Store(r5, c50); Avx512F.Store(r5 + 16, c51);
    }

    /// <summary>A 6 × 16 block of C, or its first <paramref name="columns"/> columns through masked loads and stores (rows as in <see cref="Kernel6x32"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Kernel6x16Masked(float* a, int rowStride, int depthStride, float* b, int n, float* c, int depth, int count, int columns, bool fromZero)
    {
        // Loads through an all-clear mask give zeros: the first depth block of a fresh C reads nothing.
        Vector512<float> mask = TailMask.First16(columns), zero = Vector512<float>.Zero, loadMask = fromZero ? zero : mask;
        float* a0 = a, a1 = a + RowOffset(1, count, rowStride), a2 = a + RowOffset(2, count, rowStride);
        float* a3 = a + RowOffset(3, count, rowStride), a4 = a + RowOffset(4, count, rowStride), a5 = a + RowOffset(5, count, rowStride);
        float* r0 = c, r1 = c + RowOffset(1, count, n), r2 = c + RowOffset(2, count, n);
        float* r3 = c + RowOffset(3, count, n), r4 = c + RowOffset(4, count, n), r5 = c + RowOffset(5, count, n);
        Vector512<float> c0 = Avx512F.MaskLoad(r0, loadMask, zero), c1 = Avx512F.MaskLoad(r1, loadMask, zero), c2 = Avx512F.MaskLoad(r2, loadMask, zero);
        Vector512<float> c3 = Avx512F.MaskLoad(r3, loadMask, zero), c4 = Avx512F.MaskLoad(r4, loadMask, zero), c5 = Avx512F.MaskLoad(r5, loadMask, zero);
        long offset = 0;
        for (int s = 0; s < depth; s++, offset += depthStride)
        {
            Vector512<float> bRow = Avx512F.MaskLoad(b + (long)s * n, mask, zero);
            c0 = Avx512F.FusedMultiplyAdd(Vector512.Create(a0[offset]), bRow, c0);
            c1 = Avx512F.FusedMultiplyAdd(Vector512.Create(a1[offset]), bRow, c1);
            c2 = Avx512F.FusedMultiplyAdd(Vector512.Create(a2[offset]), bRow, c2);
            c3 = Avx512F.FusedMultiplyAdd(Vector512.Create(a3[offset]), bRow, c3);
            c4 = Avx512F.FusedMultiplyAdd(Vector512.Create(a4[offset]), bRow, c4);
            c5 = Avx512F.FusedMultiplyAdd(Vector512.Create(a5[offset]), bRow, c5);
        }
        Avx512F.MaskStore(r0, mask, c0); Avx512F.MaskStore(r1, mask, c1); Avx512F.MaskStore(r2, mask, c2);
        Avx512F.MaskStore(r3, mask, c3); Avx512F.MaskStore(r4, mask, c4); Avx512F.MaskStore(r5, mask, c5);
    }

    private static void AccumulateBlock(KernelPath path, float* a, int rowStride, int depthStride, float* b, float* c, int rows, int depth, int n)
    {
        if (path == KernelPath.Portable)
        {
            for (int r = 0; r < rows; r++)
                ScalarRow(a + (long)r * rowStride, depthStride, b, n, c + (long)r * n, depth);
            return;
        }
        // Column blocks outside, row blocks inside: one 16-column panel of B (16 KiB over 256 steps) stays in L1 while the
        // row blocks stream past, instead of all of B being reread from L2 for every six rows.
        int fullRows = rows - rows % RowBlock;
        int j = 0;
        for (; j + ColumnBlock <= n; j += ColumnBlock)
            for (int r = 0; r < fullRows; r += RowBlock)
                Kernel6x16(a + (long)r * rowStride, rowStride, depthStride, b + j, n, c + (long)r * n + j, depth);
        for (; j < n; j += 8)
            for (int r = 0; r < fullRows; r += RowBlock)
                Kernel6x8(a + (long)r * rowStride, rowStride, depthStride, b + j, n, c + (long)r * n + j, depth, Math.Min(8, n - j));
        for (int r = fullRows; r < rows; r++)
            for (int column = 0; column < n; column += 8)
                Kernel1x8(a + (long)r * rowStride, depthStride, b + column, n, c + (long)r * n + column, depth, Math.Min(8, n - column));
    }

    /// <summary>A 6 × 16 block of C in twelve AVX registers; each step broadcasts 6 values of A against 16 of B.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Kernel6x16(float* a, int rowStride, int depthStride, float* b, int n, float* c, int depth)
    {
        float* a0 = a, a1 = a + rowStride, a2 = a + 2 * rowStride, a3 = a + 3 * rowStride, a4 = a + 4 * rowStride, a5 = a + 5 * rowStride;
        Vector256<float> c00 = Avx.LoadVector256(c), c01 = Avx.LoadVector256(c + 8);
        Vector256<float> c10 = Avx.LoadVector256(c + n), c11 = Avx.LoadVector256(c + n + 8);
        Vector256<float> c20 = Avx.LoadVector256(c + 2 * n), c21 = Avx.LoadVector256(c + 2 * n + 8);
        Vector256<float> c30 = Avx.LoadVector256(c + 3 * n), c31 = Avx.LoadVector256(c + 3 * n + 8);
        Vector256<float> c40 = Avx.LoadVector256(c + 4 * n), c41 = Avx.LoadVector256(c + 4 * n + 8);
        Vector256<float> c50 = Avx.LoadVector256(c + 5 * n), c51 = Avx.LoadVector256(c + 5 * n + 8);
        long offset = 0;
        for (int s = 0; s < depth; s++, offset += depthStride)
        {
            float* bRow = b + (long)s * n;
            Vector256<float> b0 = Avx.LoadVector256(bRow), b1 = Avx.LoadVector256(bRow + 8);
            Vector256<float> x = Vector256.Create(a0[offset]);
            c00 = Fma.MultiplyAdd(x, b0, c00); c01 = Fma.MultiplyAdd(x, b1, c01);
            x = Vector256.Create(a1[offset]);
            c10 = Fma.MultiplyAdd(x, b0, c10); c11 = Fma.MultiplyAdd(x, b1, c11);
            x = Vector256.Create(a2[offset]);
            c20 = Fma.MultiplyAdd(x, b0, c20); c21 = Fma.MultiplyAdd(x, b1, c21);
            x = Vector256.Create(a3[offset]);
            c30 = Fma.MultiplyAdd(x, b0, c30); c31 = Fma.MultiplyAdd(x, b1, c31);
            x = Vector256.Create(a4[offset]);
            c40 = Fma.MultiplyAdd(x, b0, c40); c41 = Fma.MultiplyAdd(x, b1, c41);
            x = Vector256.Create(a5[offset]);
            c50 = Fma.MultiplyAdd(x, b0, c50); c51 = Fma.MultiplyAdd(x, b1, c51);
        }
        Avx.Store(c, c00); Avx.Store(c + 8, c01);
        Avx.Store(c + n, c10); Avx.Store(c + n + 8, c11);
        Avx.Store(c + 2 * n, c20); Avx.Store(c + 2 * n + 8, c21);
        Avx.Store(c + 3 * n, c30); Avx.Store(c + 3 * n + 8, c31);
        Avx.Store(c + 4 * n, c40); Avx.Store(c + 4 * n + 8, c41);
        Avx.Store(c + 5 * n, c50); Avx.Store(c + 5 * n + 8, c51);
    }

    /// <summary>
    /// A 6 × 8 block of C (or its first <paramref name="columns"/> columns, through masked loads): six independent
    /// accumulators keep the FMA pipeline full where narrow layers (a 10-unit hidden layer, a 3-class head) would otherwise
    /// wait on one dependency chain per row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Kernel6x8(float* a, int rowStride, int depthStride, float* b, int n, float* c, int depth, int columns)
    {
        Vector256<float> mask = TailMask.First(columns);
        float* a0 = a, a1 = a + rowStride, a2 = a + 2 * rowStride, a3 = a + 3 * rowStride, a4 = a + 4 * rowStride, a5 = a + 5 * rowStride;
        Vector256<float> c0 = Avx.MaskLoad(c, mask), c1 = Avx.MaskLoad(c + n, mask), c2 = Avx.MaskLoad(c + 2 * n, mask);
        Vector256<float> c3 = Avx.MaskLoad(c + 3 * n, mask), c4 = Avx.MaskLoad(c + 4 * n, mask), c5 = Avx.MaskLoad(c + 5 * n, mask);
        long offset = 0;
        for (int s = 0; s < depth; s++, offset += depthStride)
        {
            Vector256<float> bRow = Avx.MaskLoad(b + (long)s * n, mask);
            c0 = Fma.MultiplyAdd(Vector256.Create(a0[offset]), bRow, c0);
            c1 = Fma.MultiplyAdd(Vector256.Create(a1[offset]), bRow, c1);
            c2 = Fma.MultiplyAdd(Vector256.Create(a2[offset]), bRow, c2);
            c3 = Fma.MultiplyAdd(Vector256.Create(a3[offset]), bRow, c3);
            c4 = Fma.MultiplyAdd(Vector256.Create(a4[offset]), bRow, c4);
            c5 = Fma.MultiplyAdd(Vector256.Create(a5[offset]), bRow, c5);
        }
        Avx.MaskStore(c, mask, c0); Avx.MaskStore(c + n, mask, c1); Avx.MaskStore(c + 2 * n, mask, c2);
        Avx.MaskStore(c + 3 * n, mask, c3); Avx.MaskStore(c + 4 * n, mask, c4); Avx.MaskStore(c + 5 * n, mask, c5);
    }

    /// <summary>Up to 8 columns of one row of C (masked loads below 8), for the rows left over after the 6-row blocks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Kernel1x8(float* a, int depthStride, float* b, int n, float* c, int depth, int columns)
    {
        Vector256<float> mask = TailMask.First(columns);
        Vector256<float> acc = Avx.MaskLoad(c, mask);
        long offset = 0;
        for (int s = 0; s < depth; s++, offset += depthStride)
            acc = Fma.MultiplyAdd(Vector256.Create(a[offset]), Avx.MaskLoad(b + (long)s * n, mask), acc);
        Avx.MaskStore(c, mask, acc);
    }

    /// <summary>One row of C without vector instructions, with the same summation order as the vector kernels.</summary>
    private static void ScalarRow(float* a, int depthStride, float* b, int n, float* c, int depth)
    {
        for (int j = 0; j < n; j++)
        {
            float acc = c[j];
            long offset = 0;
            for (int s = 0; s < depth; s++, offset += depthStride)
                acc = MultiplyAdd(a[offset], b[(long)s * n + j], acc);
            c[j] = acc;
        }
    }

    /// <summary>
    /// A·Bᵀ for a shared dimension below 8 (the gradient through a narrow head), vectorised over 8 rows of B whose columns are
    /// gathered once. Each element is still Σ_p in ascending p by fused multiply-add from zero, exactly as <see cref="Dot"/>.
    /// </summary>
    private static void ShortDotRows(float* a, float* b, float* c, int m, int k, int n, bool accumulate)
    {
        Span<Vector256<float>> columns = stackalloc Vector256<float>[k];
        Span<float> gathered = stackalloc float[8];
        for (int j = 0; j < n; j += 8)
        {
            int width = Math.Min(8, n - j);
            for (int p = 0; p < k; p++)
            {
                gathered.Clear();
                for (int lane = 0; lane < width; lane++) gathered[lane] = b[(long)(j + lane) * k + p];
                columns[p] = Vector256.Create<float>(gathered);
            }
            Vector256<float> mask = TailMask.First(width);
            for (int i = 0; i < m; i++)
            {
                float* aRow = a + (long)i * k;
                Vector256<float> sum = Vector256<float>.Zero;
                for (int p = 0; p < k; p++) sum = Fma.MultiplyAdd(Vector256.Create(aRow[p]), columns[p], sum);
                float* cRow = c + (long)i * n + j;
                if (accumulate) sum = Avx.Add(Avx.MaskLoad(cRow, mask), sum);
                Avx.MaskStore(cRow, mask, sum);
            }
        }
    }

    /// <summary>
    /// Columns [0, <paramref name="striped"/>) of A·Bᵀ (or +=) for 8 ≤ k &lt; <see cref="ShortStripedDepth"/> on AVX-512, 16 rows of B
    /// at a time with their columns gathered once, one lane per element of C: each element gets the eight striped partial
    /// sums of <see cref="DotFour"/> (lane l sums depth l, l + 8, … by fused multiply-add from zero), reduced as
    /// <see cref="SumOfEight"/>, then the depth tail in ascending order, so every bit is the one the other kernels give.
    /// </summary>
    private static void ShortStripedRows512(float* a, float* b, float* c, int m, int k, int striped, int n, bool accumulate)
    {
        int chunked = k - k % 8;
        Span<Vector512<float>> columns = stackalloc Vector512<float>[k];
        Vector512<float> zero = Vector512<float>.Zero;
        for (int j = 0; j < striped; j += 16)
        {
            int width = Math.Min(16, striped - j);
            GatherColumns512(b, k, j, width, columns);
            Vector512<float> mask = TailMask.First16(width);
            for (int i = 0; i < m; i++)
            {
                float* aRow = a + (long)i * k;
                Vector512<float> l0 = zero, l1 = zero, l2 = zero, l3 = zero, l4 = zero, l5 = zero, l6 = zero, l7 = zero;
                for (int p = 0; p < chunked; p += 8)
                {
                    l0 = Avx512F.FusedMultiplyAdd(Vector512.Create(aRow[p]), columns[p], l0);
                    l1 = Avx512F.FusedMultiplyAdd(Vector512.Create(aRow[p + 1]), columns[p + 1], l1);
                    l2 = Avx512F.FusedMultiplyAdd(Vector512.Create(aRow[p + 2]), columns[p + 2], l2);
                    l3 = Avx512F.FusedMultiplyAdd(Vector512.Create(aRow[p + 3]), columns[p + 3], l3);
                    l4 = Avx512F.FusedMultiplyAdd(Vector512.Create(aRow[p + 4]), columns[p + 4], l4);
                    l5 = Avx512F.FusedMultiplyAdd(Vector512.Create(aRow[p + 5]), columns[p + 5], l5);
                    l6 = Avx512F.FusedMultiplyAdd(Vector512.Create(aRow[p + 6]), columns[p + 6], l6);
                    l7 = Avx512F.FusedMultiplyAdd(Vector512.Create(aRow[p + 7]), columns[p + 7], l7);
                }
                Vector512<float> sum = Avx512F.Add(Avx512F.Add(Avx512F.Add(l0, l1), Avx512F.Add(l2, l3)), Avx512F.Add(Avx512F.Add(l4, l5), Avx512F.Add(l6, l7)));
                for (int p = chunked; p < k; p++) sum = Avx512F.FusedMultiplyAdd(Vector512.Create(aRow[p]), columns[p], sum);
                StoreMasked(c + (long)i * n + j, mask, sum, accumulate);
            }
        }
    }

    /// <summary>The lanes of <paramref name="mask"/> of <paramref name="sum"/> into C (added to what is there when <paramref name="accumulate"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreMasked(float* cRow, Vector512<float> mask, Vector512<float> sum, bool accumulate)
    {
        if (accumulate) sum = Avx512F.Add(Avx512F.MaskLoad(cRow, mask, Vector512<float>.Zero), sum);
        Avx512F.MaskStore(cRow, mask, sum);
    }

    /// <summary>columns[p] = B[j..j + width, p] for p &lt; k (rows of B as lanes, lanes past <paramref name="width"/> zero).</summary>
    private static void GatherColumns512(float* b, int k, int j, int width, Span<Vector512<float>> columns)
    {
        Span<float> gathered = stackalloc float[16];
        for (int p = 0; p < k; p++)
        {
            gathered.Clear();
            for (int lane = 0; lane < width; lane++) gathered[lane] = b[(long)(j + lane) * k + p];
            columns[p] = Vector512.Create<float>(gathered);
        }
    }

    /// <summary><see cref="ShortDotRows"/> over 16 rows of B at a time (AVX-512), with the same per-element order.</summary>
    private static void ShortDotRows512(float* a, float* b, float* c, int m, int k, int n, bool accumulate)
    {
        Span<Vector512<float>> columns = stackalloc Vector512<float>[k];
        Vector512<float> zero = Vector512<float>.Zero;
        for (int j = 0; j < n; j += 16)
        {
            int width = Math.Min(16, n - j);
            GatherColumns512(b, k, j, width, columns);
            Vector512<float> mask = TailMask.First16(width);
            for (int i = 0; i < m; i++)
            {
                float* aRow = a + (long)i * k;
                Vector512<float> sum = zero;
                for (int p = 0; p < k; p++) sum = Avx512F.FusedMultiplyAdd(Vector512.Create(aRow[p]), columns[p], sum);
                StoreMasked(c + (long)i * n + j, mask, sum, accumulate);
            }
        }
    }

    [ThreadStatic] private static AlignedScratch? t_packed;
    [ThreadStatic] private static AlignedScratch? t_panel;

    /// <summary>This thread's buffer for a contiguous panel of B in the AVX-512 A·B forms (at most 128 × 32 floats).</summary>
    private static float* PanelBuffer(int length) => (t_panel ??= new AlignedScratch()).Get(Math.Max(length, WideColumnBlock * WideDepthBlock));

    /// <summary>This thread's buffer for a packed operand (rows of B for A·Bᵀ, of A for Aᵀ·B), grown on demand and then reused so a training step allocates nothing.</summary>
    private static float* PackBuffer(int length) => (t_packed ??= new AlignedScratch()).Get(Math.Max(length, 64));

    /// <summary>
    /// Eight rows of B (k long) as [chunk][pair][16]: for each 8-wide chunk of the depth, rows 2q and 2q + 1 side by side, so
    /// one 512-bit load holds the chunk for both rows of a pair. The depth tail after the last full chunk is not packed.
    /// </summary>
    private static void PackEightRows(float* b, int k, int chunks, float* packed)
    {
        for (int chunk = 0; chunk < chunks; chunk++)
            for (int row = 0; row < 8; row++)
                Avx.Store(packed + chunk * 64 + row * 8, Avx.LoadVector256(b + (long)row * k + chunk * 8));
    }

    /// <summary>Eight floats duplicated into both halves of a 512-bit register (one load, no shuffle).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Duplicated(float* x) => Avx512F.BroadcastVector256ToVector512((double*)x).AsSingle();

    /// <summary>
    /// C[i..i+6, j..j+8) of A·Bᵀ (or +=) on AVX-512 from eight packed rows of B (<see cref="PackEightRows"/>): each register holds
    /// the eight striped partial sums of two elements (rows j + 2q and j + 2q + 1 of B in its halves), so every element is summed
    /// exactly as <see cref="DotFour"/> sums it. 24 accumulators take 6 broadcasts and 4 loads per 24 fused multiply-adds. With
    /// fewer than 6 rows (<paramref name="count"/>) the last one is repeated in the spare accumulators and only the real rows are stored.
    /// </summary>
    private static void DotBlock6x8(float* a, float* packed, float* b, int k, int chunks, float* c, int n, int count, bool accumulate)
    {
        float* a0 = a, a1 = a + RowOffset(1, count, k), a2 = a + RowOffset(2, count, k);
        float* a3 = a + RowOffset(3, count, k), a4 = a + RowOffset(4, count, k), a5 = a + RowOffset(5, count, k);
        Vector512<float> s00 = Vector512<float>.Zero, s01 = s00, s02 = s00, s03 = s00, s10 = s00, s11 = s00, s12 = s00, s13 = s00;
        Vector512<float> s20 = s00, s21 = s00, s22 = s00, s23 = s00, s30 = s00, s31 = s00, s32 = s00, s33 = s00;
        Vector512<float> s40 = s00, s41 = s00, s42 = s00, s43 = s00, s50 = s00, s51 = s00, s52 = s00, s53 = s00;
        float* y = packed;
        for (int p = 0; p < chunks * 8; p += 8, y += 64)
        {
            Vector512<float> y0 = Avx512F.LoadVector512(y), y1 = Avx512F.LoadVector512(y + 16);
            Vector512<float> y2 = Avx512F.LoadVector512(y + 32), y3 = Avx512F.LoadVector512(y + 48);
            Vector512<float> x = Duplicated(a0 + p);
            s00 = Avx512F.FusedMultiplyAdd(x, y0, s00); s01 = Avx512F.FusedMultiplyAdd(x, y1, s01);
            s02 = Avx512F.FusedMultiplyAdd(x, y2, s02); s03 = Avx512F.FusedMultiplyAdd(x, y3, s03);
            x = Duplicated(a1 + p);
            s10 = Avx512F.FusedMultiplyAdd(x, y0, s10); s11 = Avx512F.FusedMultiplyAdd(x, y1, s11);
            s12 = Avx512F.FusedMultiplyAdd(x, y2, s12); s13 = Avx512F.FusedMultiplyAdd(x, y3, s13);
            x = Duplicated(a2 + p);
            s20 = Avx512F.FusedMultiplyAdd(x, y0, s20); s21 = Avx512F.FusedMultiplyAdd(x, y1, s21);
            s22 = Avx512F.FusedMultiplyAdd(x, y2, s22); s23 = Avx512F.FusedMultiplyAdd(x, y3, s23);
            x = Duplicated(a3 + p);
            s30 = Avx512F.FusedMultiplyAdd(x, y0, s30); s31 = Avx512F.FusedMultiplyAdd(x, y1, s31);
            s32 = Avx512F.FusedMultiplyAdd(x, y2, s32); s33 = Avx512F.FusedMultiplyAdd(x, y3, s33);
            x = Duplicated(a4 + p);
            s40 = Avx512F.FusedMultiplyAdd(x, y0, s40); s41 = Avx512F.FusedMultiplyAdd(x, y1, s41);
            s42 = Avx512F.FusedMultiplyAdd(x, y2, s42); s43 = Avx512F.FusedMultiplyAdd(x, y3, s43);
            x = Duplicated(a5 + p);
            s50 = Avx512F.FusedMultiplyAdd(x, y0, s50); s51 = Avx512F.FusedMultiplyAdd(x, y1, s51);
            s52 = Avx512F.FusedMultiplyAdd(x, y2, s52); s53 = Avx512F.FusedMultiplyAdd(x, y3, s53);
        }
        FinishPackedRow(a0, b, k, chunks, c, accumulate, s00, s01, s02, s03);
        if (count > 1) FinishPackedRow(a1, b, k, chunks, c + n, accumulate, s10, s11, s12, s13);
        if (count > 2) FinishPackedRow(a2, b, k, chunks, c + 2 * n, accumulate, s20, s21, s22, s23);
        if (count > 3) FinishPackedRow(a3, b, k, chunks, c + 3 * n, accumulate, s30, s31, s32, s33);
        if (count > 4) FinishPackedRow(a4, b, k, chunks, c + 4 * n, accumulate, s40, s41, s42, s43);
        if (count > 5) FinishPackedRow(a5, b, k, chunks, c + 5 * n, accumulate, s50, s51, s52, s53);
    }

    /// <summary>
    /// One row of a packed A·Bᵀ block: the eight partial sums of each of its 8 elements reduced ((0+1)+(2+3))+((4+5)+(6+7)) as
    /// <see cref="SumOfEight"/> does, all 8 elements at once by a transposing tree of shuffles and adds; then the depth tail
    /// after the last full chunk sequentially from the unpacked rows of B, then stored (or added to C).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FinishPackedRow(float* aRow, float* b, int k, int chunks, float* cRow, bool accumulate,
        Vector512<float> q0, Vector512<float> q1, Vector512<float> q2, Vector512<float> q3)
    {
        const byte Even = 0b10_00_10_00, Odd = 0b11_01_11_01;
        // Per 128-bit lane: pairs (0+1), (2+3) of two registers, then ((0+1)+(2+3)) of four, then the two halves of each 8.
        Vector512<float> pairs01 = Avx512F.Add(Avx512F.Shuffle(q0, q1, Even), Avx512F.Shuffle(q0, q1, Odd));
        Vector512<float> pairs23 = Avx512F.Add(Avx512F.Shuffle(q2, q3, Even), Avx512F.Shuffle(q2, q3, Odd));
        Vector512<float> quads = Avx512F.Add(Avx512F.Shuffle(pairs01, pairs23, Even), Avx512F.Shuffle(pairs01, pairs23, Odd));
        Vector512<float> whole = Avx512F.Add(Avx512F.Shuffle4x128(quads, quads, Even), Avx512F.Shuffle4x128(quads, quads, Odd));
        // The lower half now holds elements 0, 2, 4, 6, 1, 3, 5, 7.
        Vector256<float> sums = Avx2.PermuteVar8x32(whole.GetLower(), Vector256.Create(0, 4, 1, 5, 2, 6, 3, 7));
        if (chunks * 8 == k)
        {
            if (accumulate) sums = Avx.Add(Avx.LoadVector256(cRow), sums);
            Avx.Store(cRow, sums);
            return;
        }
        float* r = stackalloc float[8];
        Avx.Store(r, sums);
        for (int column = 0; column < 8; column++)
        {
            float sum = r[column];
            float* bRow = b + (long)column * k;
            for (int t = chunks * 8; t < k; t++) sum = MathF.FusedMultiplyAdd(aRow[t], bRow[t], sum);
            cRow[column] = accumulate ? cRow[column] + sum : sum;
        }
    }

    /// <summary>Four dot products of one row of A with four rows of B, 8 lanes at a time, then a fixed-order reduction.</summary>
    private static void DotFour(float* a, float* b, int k, float* c, bool accumulate)
    {
        Vector256<float> s0 = Vector256<float>.Zero, s1 = s0, s2 = s0, s3 = s0;
        float* b0 = b, b1 = b + k, b2 = b + 2 * k, b3 = b + 3 * k;
        int p = 0;
        for (; p + 8 <= k; p += 8)
        {
            Vector256<float> x = Avx.LoadVector256(a + p);
            s0 = Fma.MultiplyAdd(x, Avx.LoadVector256(b0 + p), s0);
            s1 = Fma.MultiplyAdd(x, Avx.LoadVector256(b1 + p), s1);
            s2 = Fma.MultiplyAdd(x, Avx.LoadVector256(b2 + p), s2);
            s3 = Fma.MultiplyAdd(x, Avx.LoadVector256(b3 + p), s3);
        }
        float r0 = Vector256.Sum(s0), r1 = Vector256.Sum(s1), r2 = Vector256.Sum(s2), r3 = Vector256.Sum(s3);
        for (; p < k; p++)
        {
            r0 = MultiplyAdd(a[p], b0[p], r0);
            r1 = MultiplyAdd(a[p], b1[p], r1);
            r2 = MultiplyAdd(a[p], b2[p], r2);
            r3 = MultiplyAdd(a[p], b3[p], r3);
        }
        if (accumulate)
        {
            c[0] += r0; c[1] += r1; c[2] += r2; c[3] += r3;
        }
        else
        {
            c[0] = r0; c[1] = r1; c[2] = r2; c[3] = r3;
        }
    }

    private static float Dot(float* a, float* b, int k)
    {
        float sum = 0f;
        for (int p = 0; p < k; p++) sum = MultiplyAdd(a[p], b[p], sum);
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float MultiplyAdd(float x, float y, float addend) => MathF.FusedMultiplyAdd(x, y, addend);

    private static void CheckSizes(int aLength, int aNeeded, int bLength, int bNeeded, int cLength, int cNeeded)
    {
        if (aLength < aNeeded || bLength < bNeeded || cLength < cNeeded)
            throw new ArgumentException($"GEMM operand too small: A {aLength}/{aNeeded}, B {bLength}/{bNeeded}, C {cLength}/{cNeeded}.");
    }
}
