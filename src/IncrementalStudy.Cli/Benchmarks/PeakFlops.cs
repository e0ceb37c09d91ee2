using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace IncrementalStudy.Cli.Benchmarks;

/// <summary>
/// One core's measured fp32 peak: twelve independent fused multiply-add chains, held in named locals (an array would be kept
/// in memory) so the loop is bound by FMA throughput only, for each vector width the CPU has. This is the peak at the clock
/// the core actually runs at now (boost included), which the nominal clock in /proc/cpuinfo is not.
/// </summary>
internal static class PeakFlops
{
    public sealed record Width(string Name, int Lanes, Func<long, float> Chains);

    /// <summary>The widths this CPU can run, narrowest first.</summary>
    public static IReadOnlyList<Width> Available()
    {
        var widths = new List<Width>();
        if (Fma.IsSupported) widths.Add(new Width("vector128 fma", 4, Chains128));
        else if (Vector128.IsHardwareAccelerated) widths.Add(new Width("vector128 mul+add", 4, Chains128Unfused));
        if (Fma.IsSupported && Avx.IsSupported) widths.Add(new Width("avx2 fma", 8, Chains256));
        if (Avx512F.IsSupported) widths.Add(new Width("avx512 fma", 16, Chains512));
        return widths;
    }

    /// <summary>Best GFLOP/s over <paramref name="samples"/> runs of about <paramref name="seconds"/> each, after a warm-up.</summary>
    public static double Measure(Width width, int samples = 5, double seconds = 0.1)
    {
        long iterations = 1 << 16;
        width.Chains(iterations);
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            stopwatch.Restart();
            width.Chains(iterations);
            if (stopwatch.Elapsed.TotalSeconds >= seconds / 4) break;
            iterations *= 2;
        }
        double best = 0;
        float sink = 0;
        for (int s = 0; s < samples; s++)
        {
            stopwatch.Restart();
            sink += width.Chains(iterations);
            double gflops = 2.0 * width.Lanes * 12 * iterations / stopwatch.Elapsed.TotalSeconds / 1e9;
            best = Math.Max(best, gflops);
        }
        return float.IsNaN(sink) ? double.NaN : best;
    }

    // c = c·m + a with m just below 1 stays bounded and normal, so no input slows the FMA units.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static float Chains128(long iterations)
    {
        Vector128<float> m = Vector128.Create(0.9999999f), a = Vector128.Create(1e-7f);
        Vector128<float> c0 = Vector128.Create(0.1f), c1 = Vector128.Create(0.2f), c2 = Vector128.Create(0.3f), c3 = Vector128.Create(0.4f);
        Vector128<float> c4 = Vector128.Create(0.5f), c5 = Vector128.Create(0.6f), c6 = Vector128.Create(0.7f), c7 = Vector128.Create(0.8f);
        Vector128<float> c8 = Vector128.Create(0.9f), c9 = Vector128.Create(1.0f), c10 = Vector128.Create(1.1f), c11 = Vector128.Create(1.2f);
        for (long i = 0; i < iterations; i++)
        {
            c0 = Fma.MultiplyAdd(c0, m, a); c1 = Fma.MultiplyAdd(c1, m, a); c2 = Fma.MultiplyAdd(c2, m, a); c3 = Fma.MultiplyAdd(c3, m, a);
            c4 = Fma.MultiplyAdd(c4, m, a); c5 = Fma.MultiplyAdd(c5, m, a); c6 = Fma.MultiplyAdd(c6, m, a); c7 = Fma.MultiplyAdd(c7, m, a);
            c8 = Fma.MultiplyAdd(c8, m, a); c9 = Fma.MultiplyAdd(c9, m, a); c10 = Fma.MultiplyAdd(c10, m, a); c11 = Fma.MultiplyAdd(c11, m, a);
        }
        return Vector128.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11);
    }

    /// <summary>Without FMA: a multiply and an add per step (counted as two flops, as an FMA is).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static float Chains128Unfused(long iterations)
    {
        Vector128<float> m = Vector128.Create(0.9999999f), a = Vector128.Create(1e-7f);
        Vector128<float> c0 = Vector128.Create(0.1f), c1 = Vector128.Create(0.2f), c2 = Vector128.Create(0.3f), c3 = Vector128.Create(0.4f);
        Vector128<float> c4 = Vector128.Create(0.5f), c5 = Vector128.Create(0.6f), c6 = Vector128.Create(0.7f), c7 = Vector128.Create(0.8f);
        Vector128<float> c8 = Vector128.Create(0.9f), c9 = Vector128.Create(1.0f), c10 = Vector128.Create(1.1f), c11 = Vector128.Create(1.2f);
        for (long i = 0; i < iterations; i++)
        {
            c0 = c0 * m + a; c1 = c1 * m + a; c2 = c2 * m + a; c3 = c3 * m + a; c4 = c4 * m + a; c5 = c5 * m + a;
            c6 = c6 * m + a; c7 = c7 * m + a; c8 = c8 * m + a; c9 = c9 * m + a; c10 = c10 * m + a; c11 = c11 * m + a;
        }
        return Vector128.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static float Chains256(long iterations)
    {
        Vector256<float> m = Vector256.Create(0.9999999f), a = Vector256.Create(1e-7f);
        Vector256<float> c0 = Vector256.Create(0.1f), c1 = Vector256.Create(0.2f), c2 = Vector256.Create(0.3f), c3 = Vector256.Create(0.4f);
        Vector256<float> c4 = Vector256.Create(0.5f), c5 = Vector256.Create(0.6f), c6 = Vector256.Create(0.7f), c7 = Vector256.Create(0.8f);
        Vector256<float> c8 = Vector256.Create(0.9f), c9 = Vector256.Create(1.0f), c10 = Vector256.Create(1.1f), c11 = Vector256.Create(1.2f);
        for (long i = 0; i < iterations; i++)
        {
            c0 = Fma.MultiplyAdd(c0, m, a); c1 = Fma.MultiplyAdd(c1, m, a); c2 = Fma.MultiplyAdd(c2, m, a); c3 = Fma.MultiplyAdd(c3, m, a);
            c4 = Fma.MultiplyAdd(c4, m, a); c5 = Fma.MultiplyAdd(c5, m, a); c6 = Fma.MultiplyAdd(c6, m, a); c7 = Fma.MultiplyAdd(c7, m, a);
            c8 = Fma.MultiplyAdd(c8, m, a); c9 = Fma.MultiplyAdd(c9, m, a); c10 = Fma.MultiplyAdd(c10, m, a); c11 = Fma.MultiplyAdd(c11, m, a);
        }
        return Vector256.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static float Chains512(long iterations)
    {
        Vector512<float> m = Vector512.Create(0.9999999f), a = Vector512.Create(1e-7f);
        Vector512<float> c0 = Vector512.Create(0.1f), c1 = Vector512.Create(0.2f), c2 = Vector512.Create(0.3f), c3 = Vector512.Create(0.4f);
        Vector512<float> c4 = Vector512.Create(0.5f), c5 = Vector512.Create(0.6f), c6 = Vector512.Create(0.7f), c7 = Vector512.Create(0.8f);
        Vector512<float> c8 = Vector512.Create(0.9f), c9 = Vector512.Create(1.0f), c10 = Vector512.Create(1.1f), c11 = Vector512.Create(1.2f);
        for (long i = 0; i < iterations; i++)
        {
            c0 = Avx512F.FusedMultiplyAdd(c0, m, a); c1 = Avx512F.FusedMultiplyAdd(c1, m, a); c2 = Avx512F.FusedMultiplyAdd(c2, m, a);
            c3 = Avx512F.FusedMultiplyAdd(c3, m, a); c4 = Avx512F.FusedMultiplyAdd(c4, m, a); c5 = Avx512F.FusedMultiplyAdd(c5, m, a);
            c6 = Avx512F.FusedMultiplyAdd(c6, m, a); c7 = Avx512F.FusedMultiplyAdd(c7, m, a); c8 = Avx512F.FusedMultiplyAdd(c8, m, a);
            c9 = Avx512F.FusedMultiplyAdd(c9, m, a); c10 = Avx512F.FusedMultiplyAdd(c10, m, a); c11 = Avx512F.FusedMultiplyAdd(c11, m, a);
        }
        return Vector512.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11);
    }
}
