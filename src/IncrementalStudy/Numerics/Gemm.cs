using System.Numerics;
using System.Runtime.InteropServices;

namespace IncrementalStudy.Numerics;

/// <summary>
/// Row-major matrix products on flat spans, in the three forms backpropagation needs, so no transpose
/// is ever materialised. Each output element is accumulated over the shared dimension in a fixed order,
/// so results do not depend on the vector width path taken.
/// </summary>
public static class Gemm
{
    /// <summary>C[m×n] = A[m×k]·B[k×n] (or += when <paramref name="accumulate"/>).</summary>
    public static void Multiply(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n, bool accumulate = false)
    {
        CheckSizes(a.Length, m * k, b.Length, k * n, c.Length, m * n);
        if (!accumulate) c[..(m * n)].Clear();
        for (int i = 0; i < m; i++)
        {
            Span<float> cRow = c.Slice(i * n, n);
            for (int p = 0; p < k; p++)
                AddScaled(cRow, b.Slice(p * n, n), a[i * k + p]);
        }
    }

    /// <summary>C[k×n] = A[m×k]ᵀ·B[m×n] (or +=): the kernel gradient Xᵀ·dY.</summary>
    public static void MultiplyTransposeA(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n, bool accumulate = false)
    {
        CheckSizes(a.Length, m * k, b.Length, m * n, c.Length, k * n);
        if (!accumulate) c[..(k * n)].Clear();
        for (int i = 0; i < m; i++)
        {
            ReadOnlySpan<float> bRow = b.Slice(i * n, n);
            for (int p = 0; p < k; p++)
                AddScaled(c.Slice(p * n, n), bRow, a[i * k + p]);
        }
    }

    /// <summary>C[m×n] = A[m×k]·B[n×k]ᵀ (or +=): the input gradient dY·Wᵀ.</summary>
    public static void MultiplyTransposeB(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int k, int n, bool accumulate = false)
    {
        CheckSizes(a.Length, m * k, b.Length, n * k, c.Length, m * n);
        for (int i = 0; i < m; i++)
        {
            ReadOnlySpan<float> aRow = a.Slice(i * k, k);
            for (int j = 0; j < n; j++)
            {
                ReadOnlySpan<float> bRow = b.Slice(j * k, k);
                float sum = 0f;
                for (int p = 0; p < k; p++) sum += aRow[p] * bRow[p];
                c[i * n + j] = accumulate ? c[i * n + j] + sum : sum;
            }
        }
    }

    /// <summary>y += alpha·x, vectorised; each element sees the same single multiply-add either way.</summary>
    private static void AddScaled(Span<float> y, ReadOnlySpan<float> x, float alpha)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && y.Length >= Vector<float>.Count)
        {
            var alphaVector = new Vector<float>(alpha);
            Span<Vector<float>> yv = MemoryMarshal.Cast<float, Vector<float>>(y);
            ReadOnlySpan<Vector<float>> xv = MemoryMarshal.Cast<float, Vector<float>>(x);
            for (int v = 0; v < yv.Length; v++) yv[v] += xv[v] * alphaVector;
            i = yv.Length * Vector<float>.Count;
        }
        for (; i < y.Length; i++) y[i] += x[i] * alpha;
    }

    private static void CheckSizes(int aLength, int aNeeded, int bLength, int bNeeded, int cLength, int cNeeded)
    {
        if (aLength < aNeeded || bLength < bNeeded || cLength < cNeeded)
            throw new ArgumentException($"GEMM operand too small: A {aLength}/{aNeeded}, B {bLength}/{bNeeded}, C {cLength}/{cNeeded}.");
    }
}
