using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace IncrementalStudy.Numerics;

/// <summary>
/// Sums of weighted squared gradients in double, s_i += (w·g_i)·g_i: two roundings and an addition per term, never a fused
/// multiply-add, so every path (scalar, any vector width) gives the same bits. The diagonal Fisher is made of these.
/// </summary>
internal static class WeightedSquares
{
    /// <summary>sums[i] += (weight·g[i])·g[i] for every i.</summary>
    public static void Add(ReadOnlySpan<float> g, double weight, Span<double> sums)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var w = new Vector<double>(weight);
            int half = Vector<double>.Count;
            for (; i <= g.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                Vector.Widen(new Vector<float>(g.Slice(i)), out Vector<double> low, out Vector<double> high);
                (new Vector<double>(sums.Slice(i)) + w * low * low).CopyTo(sums.Slice(i));
                (new Vector<double>(sums.Slice(i + half)) + w * high * high).CopyTo(sums.Slice(i + half));
            }
        }
        for (; i < g.Length; i++) sums[i] += Term(weight, g[i]);
    }

    /// <summary>
    /// For the kernel of a dense layer, row by row: sums[k·n + j] += (w_r·g)·g with g = fma(x_r[k], δ_r[j], +0), the kernel
    /// gradient a backward pass of row r alone writes (a one-row Xᵀ·δ from zero), for r = 0, 1, … in turn. The gradients are
    /// never stored: each sum is loaded once and takes every row's term in order.
    /// </summary>
    public static unsafe void AddOuterProducts(ReadOnlySpan<float> x, int k, ReadOnlySpan<float> delta, int n, int rows, ReadOnlySpan<double> weights, Span<double> sums)
    {
        KernelPath path = Kernels.Current;
        fixed (float* xs = x, ds = delta)
        fixed (double* s = sums, w = weights)
        {
            for (int p = 0; p < k; p++)
            {
                double* row = s + (long)p * n;
                int j = 0;
                if (path == KernelPath.Avx512)
                {
                    for (; j + 8 <= n; j += 8)
                    {
                        Vector512<double> sum = Avx512F.LoadVector512(row + j);
                        for (int r = 0; r < rows; r++)
                        {
                            Vector256<float> g = Fma.MultiplyAdd(Vector256.Create(xs[(long)r * k + p]), Avx.LoadVector256(ds + (long)r * n + j), Vector256<float>.Zero);
                            Vector512<double> wide = Avx512F.ConvertToVector512Double(g);
                            sum = Avx512F.Add(sum, Avx512F.Multiply(Avx512F.Multiply(Vector512.Create(w[r]), wide), wide));
                        }
                        Avx512F.Store(row + j, sum);
                    }
                }
                else if (path == KernelPath.Avx2)
                {
                    for (; j + 4 <= n; j += 4)
                    {
                        Vector256<double> sum = Avx.LoadVector256(row + j);
                        for (int r = 0; r < rows; r++)
                        {
                            Vector128<float> g = Fma.MultiplyAdd(Vector128.Create(xs[(long)r * k + p]), Sse.LoadVector128(ds + (long)r * n + j), Vector128<float>.Zero);
                            Vector256<double> wide = Avx.ConvertToVector256Double(g);
                            sum = Avx.Add(sum, Avx.Multiply(Avx.Multiply(Vector256.Create(w[r]), wide), wide));
                        }
                        Avx.Store(row + j, sum);
                    }
                }
                for (; j < n; j++)
                {
                    double sum = row[j];
                    for (int r = 0; r < rows; r++) sum += Term(w[r], MathF.FusedMultiplyAdd(xs[(long)r * k + p], ds[(long)r * n + j], 0f));
                    row[j] = sum;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Term(double weight, float g) => weight * g * (double)g;
}
