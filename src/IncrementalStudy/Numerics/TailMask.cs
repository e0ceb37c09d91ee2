using System.Runtime.Intrinsics;

namespace IncrementalStudy.Numerics;

/// <summary>Masks for AVX (AVX-512) masked loads and stores of the last 1–7 (1–15) floats of a row, so tails run the vector code path.</summary>
internal static class TailMask
{
    private static readonly int[] Source = [-1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly int[] Source16 = [.. Enumerable.Repeat(-1, 16), .. Enumerable.Repeat(0, 16)];

    /// <summary>The first <paramref name="count"/> lanes set (0 ≤ count ≤ 8).</summary>
    public static Vector256<float> First(int count) => Vector256.Create(Source, 8 - count).AsSingle();

    /// <summary>The first <paramref name="count"/> of 16 lanes set (0 ≤ count ≤ 16), for AVX-512 masked loads and stores.</summary>
    public static Vector512<float> First16(int count) => Vector512.Create(Source16, 16 - count).AsSingle();
}
