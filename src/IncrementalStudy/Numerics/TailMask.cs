using System.Runtime.Intrinsics;

namespace IncrementalStudy.Numerics;

/// <summary>Masks for AVX masked loads and stores of the last 1–7 floats of a row, so tails run the vector code path.</summary>
internal static class TailMask
{
    private static readonly int[] Source = [-1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>The first <paramref name="count"/> lanes set (0 ≤ count ≤ 8).</summary>
    public static Vector256<float> First(int count) => Vector256.Create(Source, 8 - count).AsSingle();
}
