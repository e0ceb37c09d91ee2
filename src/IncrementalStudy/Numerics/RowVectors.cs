using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace IncrementalStudy.Numerics;

/// <summary>
/// A row vector against every row of a row-major matrix (the bias in the forward pass, its gradient in the backward pass),
/// 8 (AVX2) or 16 (AVX-512) columns at a time. Each element sees the same additions in the same order as a scalar loop.
/// </summary>
internal static unsafe class RowVectors
{
    /// <summary>matrix[r, j] += row[j] for r &lt; <paramref name="rows"/>.</summary>
    public static void AddToEachRow(Span<float> matrix, int rows, ReadOnlySpan<float> row)
    {
        int n = row.Length;
        if (matrix.Length < rows * n) throw new ArgumentException("The matrix is smaller than rows × row length.", nameof(matrix));
        KernelPath path = Kernels.Current;
        fixed (float* m = matrix, b = row)
        {
            for (int r = 0; r < rows; r++)
            {
                float* target = m + (long)r * n;
                int j = 0;
                if (path == KernelPath.Avx512)
                    for (; j + 16 <= n; j += 16)
                        Avx512F.Store(target + j, Avx512F.Add(Avx512F.LoadVector512(target + j), Avx512F.LoadVector512(b + j)));
                // Plain stores for the tail: a masked store followed by the next row's load of the same line stalls forwarding,
                // which made this loop a tenth of a one-output model's evaluation.
                if (path != KernelPath.Portable)
                    for (; j + 8 <= n; j += 8)
                        Avx.Store(target + j, Avx.Add(Avx.LoadVector256(target + j), Avx.LoadVector256(b + j)));
                for (; j < n; j++) target[j] += b[j];
            }
        }
    }

    /// <summary>sum[j] = Σ_r matrix[r, j], r ascending from zero.</summary>
    public static void SumRows(ReadOnlySpan<float> matrix, int rows, Span<float> sum)
    {
        int n = sum.Length;
        if (matrix.Length < rows * n) throw new ArgumentException("The matrix is smaller than rows × sum length.", nameof(matrix));
        KernelPath path = Kernels.Current;
        fixed (float* m = matrix, s = sum)
        {
            if (path == KernelPath.Avx512)
            {
                for (int j = 0; j < n; j += 16)
                {
                    Vector512<float> mask = TailMask.First16(Math.Min(16, n - j)), total = Vector512<float>.Zero;
                    for (int r = 0; r < rows; r++) total = Avx512F.Add(total, Avx512F.MaskLoad(m + (long)r * n + j, mask, Vector512<float>.Zero));
                    Avx512F.MaskStore(s + j, mask, total);
                }
                return;
            }
            if (path == KernelPath.Portable)
            {
                for (int j = 0; j < n; j++)
                {
                    float total = 0f;
                    for (int r = 0; r < rows; r++) total += m[(long)r * n + j];
                    s[j] = total;
                }
                return;
            }
            for (int j = 0; j < n; j += 8)
            {
                Vector256<float> mask = TailMask.First(Math.Min(8, n - j)), total = Vector256<float>.Zero;
                for (int r = 0; r < rows; r++) total = Avx.Add(total, Avx.MaskLoad(m + (long)r * n + j, mask));
                Avx.MaskStore(s + j, mask, total);
            }
        }
    }
}
