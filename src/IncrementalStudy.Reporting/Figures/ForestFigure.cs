using ScottPlot;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>
/// A forest plot: one row per contrast (a difference with its adjusted interval), a line at 0, and the pooled estimate as a
/// diamond when pooling is meaningful.
/// </summary>
internal static class ForestFigure
{
    public sealed record Row(string Label, double Mean, double Low, double High, bool Resolved);

    public static string Draw(string title, string xLabel, IReadOnlyList<Row> rows, (double Mean, double Low, double High, string Label)? pooled,
        string directory, string name)
    {
        Plot plot = FigureStyle.NewPlot(title, xLabel, "");
        int n = rows.Count + (pooled is null ? 0 : 1);
        Color resolved = Color.FromHex("#0072B2"), unresolved = Color.FromHex("#999999");
        for (int i = 0; i < rows.Count; i++)
        {
            double y = n - 1 - i;
            Row r = rows[i];
            Color color = r.Resolved ? resolved : unresolved;
            if (!double.IsNaN(r.Low))
            {
                // A difference of two accuracies lies in [−1, 1]; a wider interval (few seeds, many contrasts) is cut there.
                var bar = plot.Add.Line(Math.Max(-1, r.Low), y, Math.Min(1, r.High), y);
                bar.Color = color;
                bar.LineWidth = 2;
            }
            var marker = plot.Add.Marker(r.Mean, y);
            marker.Color = color;
            marker.Size = 8;
            marker.Shape = r.Resolved ? MarkerShape.FilledSquare : MarkerShape.OpenSquare;
        }
        if (pooled is { } p)
        {
            var diamond = plot.Add.Polygon([new Coordinates(p.Low, 0), new Coordinates(p.Mean, 0.3), new Coordinates(p.High, 0), new Coordinates(p.Mean, -0.3)]);
            diamond.FillColor = Color.FromHex("#D55E00");
            diamond.LineColor = Color.FromHex("#D55E00");
        }
        var zero = plot.Add.VerticalLine(0);
        zero.Color = Colors.Black;
        zero.LinePattern = LinePattern.Dashed;
        string[] labels = [.. rows.Select(r => r.Label), .. pooled is { } q ? new[] { q.Label } : []];
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, labels.Length).Select(i => (double)(n - 1 - i))], labels);
        plot.Axes.SetLimitsY(-0.8, n - 0.2);
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        return FigureStyle.Save(plot, directory, name, 1200, Math.Max(420, 26 * n + 140));
    }
}
