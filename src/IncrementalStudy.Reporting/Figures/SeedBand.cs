using IncrementalStudy.Evaluation;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>Mean and 95% CI over seeds at each x of a curve (the band collapses to the mean with one seed).</summary>
internal sealed record SeedBand(double[] Xs, double[] Means, double[] Lows, double[] Highs)
{
    public static SeedBand Of(IEnumerable<(double X, double Value)> points)
    {
        var groups = points.Where(p => !double.IsNaN(p.Value)).GroupBy(p => p.X).OrderBy(g => g.Key)
            .Select(g => (X: g.Key, Stats: SeedStatistics.Of(g.Select(p => p.Value)))).ToArray();
        return new SeedBand(
            [.. groups.Select(g => g.X)],
            [.. groups.Select(g => g.Stats.Mean)],
            [.. groups.Select(g => double.IsNaN(g.Stats.Ci95Low) ? g.Stats.Mean : g.Stats.Ci95Low)],
            [.. groups.Select(g => double.IsNaN(g.Stats.Ci95High) ? g.Stats.Mean : g.Stats.Ci95High)]);
    }

    public bool IsEmpty => Xs.Length == 0;

    /// <summary>
    /// The band cut to the range the quantity can take (a t-interval over 3 seeds can reach below 0 ms or above accuracy 1);
    /// the means are untouched.
    /// </summary>
    public SeedBand ClippedTo(double min, double max) =>
        this with { Lows = [.. Lows.Select(v => Math.Clamp(v, min, max))], Highs = [.. Highs.Select(v => Math.Clamp(v, min, max))] };
}
