using IncrementalStudy.Results;
using ScottPlot;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>A sweep's metric per strategy at each point of its grid (mean and 95% CI over seeds).</summary>
internal static class SensitivityFigure
{
    public const string Name = "sensitivity";

    public static string Draw(IReadOnlyList<SensitivityRecord> records, IReadOnlyList<string> points, IReadOnlyList<string> strategies,
        string metricLabel, bool fraction, string directory)
    {
        Plot plot = FigureStyle.NewPlot($"{metricLabel} across the sweep", "point of the sweep", metricLabel);
        double offset = strategies.Count > 1 ? 0.3 / (strategies.Count - 1) : 0;
        for (int s = 0; s < strategies.Count; s++)
        {
            SensitivityRecord[] rows = [.. points.Select(p => records.FirstOrDefault(r => r.Point == p && r.Strategy == strategies[s])).OfType<SensitivityRecord>()];
            if (rows.Length == 0) continue;
            Color color = FigureStyle.StrategyColor(strategies, strategies[s]);
            // Strategies side by side within a point (a small horizontal offset) so their intervals do not hide each other.
            double[] xs = [.. rows.Select(r => IndexOf(points, r.Point) - 0.15 + s * offset)];
            var line = plot.Add.Scatter(xs, [.. rows.Select(r => r.Mean)], color);
            line.LineWidth = 2;
            line.MarkerSize = 7;
            line.LegendText = strategies[s];
            for (int i = 0; i < rows.Length; i++)
            {
                // A fraction's interval is cut to [0, 1], where the quantity lives.
                double low = fraction ? Math.Max(0, rows[i].Ci95Low) : rows[i].Ci95Low, high = fraction ? Math.Min(1, rows[i].Ci95High) : rows[i].Ci95High;
                var bar = plot.Add.Line(xs[i], low, xs[i], high);
                bar.Color = color;
                bar.LineWidth = 2;
            }
        }
        FigureStyle.SetTicks(plot, points);
        plot.Axes.SetLimitsX(-0.5, points.Count - 0.5);
        plot.ShowLegend(Edge.Right);
        return FigureStyle.Save(plot, directory, Name, Math.Max(900, 220 * points.Count + 300), 560);
    }

    private static int IndexOf(IReadOnlyList<string> items, string item)
    {
        for (int i = 0; i < items.Count; i++) if (items[i] == item) return i;
        return -1;
    }
}
