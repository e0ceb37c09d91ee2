using System.Diagnostics;

namespace IncrementalStudy.Cli.Benchmarks;

internal static class Timing
{
    /// <summary>
    /// Median seconds per call over <paramref name="samples"/> samples, each timing enough calls to last at least
    /// <paramref name="minimumSeconds"/>, after one warm-up sample (JIT, caches).
    /// </summary>
    public static double SecondsPerCall(Action action, int samples = 5, double minimumSeconds = 0.2)
    {
        double[] results = Samples(action, samples, minimumSeconds);
        return results[samples / 2];
    }

    /// <summary>Seconds per call of each of <paramref name="samples"/> samples (as <see cref="SecondsPerCall"/>), sorted ascending.</summary>
    public static double[] Samples(Action action, int samples = 5, double minimumSeconds = 0.2)
    {
        int calls = 1;
        var stopwatch = Stopwatch.StartNew();
        action();
        while (stopwatch.Elapsed.TotalSeconds < minimumSeconds / 4 && calls < 1 << 20)
        {
            calls *= 2;
            stopwatch.Restart();
            for (int i = 0; i < calls; i++) action();
        }
        var results = new double[samples];
        for (int s = 0; s < samples; s++)
        {
            stopwatch.Restart();
            int done = 0;
            do
            {
                for (int i = 0; i < calls; i++) action();
                done += calls;
            } while (stopwatch.Elapsed.TotalSeconds < minimumSeconds);
            results[s] = stopwatch.Elapsed.TotalSeconds / done;
        }
        Array.Sort(results);
        return results;
    }

    public static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary>
    /// Median milliseconds over seeds 1..<paramref name="seeds"/> after at least one second of warm-up runs, so the
    /// measurement sees the code the JIT settles on (a fresh process first runs unoptimised, then instrumented code).
    /// </summary>
    public static double MedianPerSeed(int seeds, Func<int, double> millisecondsForSeed)
    {
        var warmUp = Stopwatch.StartNew();
        for (int i = 0; warmUp.Elapsed.TotalSeconds < 1.0; i++) millisecondsForSeed(i % seeds + 1);
        double[] times = [.. Enumerable.Range(1, seeds).Select(millisecondsForSeed).Order()];
        return times[seeds / 2];
    }
}
