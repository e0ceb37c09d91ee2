using ScottPlot;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>
/// Where each design wins: the difference shared head − one-vs-all (adjusted interval) against one condition (samples per new
/// category, or stored samples), one series per study, with the zero line: above it the shared head wins, below it one-vs-all.
/// </summary>
internal static class DecisionFigure
{
    public sealed record Point(double X, double Mean, double Low, double High, bool Resolved);

    public sealed record Series(string Label, IReadOnlyList<Point> Points);

    public sealed record Panel(string Title, string XLabel, IReadOnlyList<Series> Series, IReadOnlyList<(double X, string Label)> Ticks);

    /// <summary>Okabe–Ito colours with a marker shape each, so a series reads without colour.</summary>
    private static readonly (string Hex, MarkerShape Shape)[] Styles =
    [
        ("#0072B2", MarkerShape.FilledCircle), ("#D55E00", MarkerShape.FilledSquare), ("#009E73", MarkerShape.FilledTriangleUp),
        ("#CC79A7", MarkerShape.FilledDiamond), ("#E69F00", MarkerShape.OpenCircle), ("#56B4E9", MarkerShape.OpenSquare),
    ];

    public static string Draw(IReadOnlyList<Panel> panels, string yLabel, string directory, string name)
    {
        var plots = new List<Plot>();
        foreach (Panel panel in panels)
        {
            Plot plot = FigureStyle.NewPlot(panel.Title, panel.XLabel, yLabel);
            for (int s = 0; s < panel.Series.Count; s++)
            {
                (string hex, MarkerShape shape) = Styles[s % Styles.Length];
                Color color = Color.FromHex(hex);
                Series series = panel.Series[s];
                // Series side by side (a small offset in log2 units) so their intervals do not hide each other.
                double offset = (s - (panel.Series.Count - 1) / 2.0) * 0.06;
                double[] xs = [.. series.Points.Select(p => p.X + offset)];
                var line = plot.Add.Scatter(xs, [.. series.Points.Select(p => p.Mean)], color);
                line.LineWidth = 2;
                line.MarkerShape = shape;
                line.MarkerSize = 8;
                line.LegendText = series.Label;
                for (int i = 0; i < xs.Length; i++)
                {
                    if (double.IsNaN(series.Points[i].Low)) continue;
                    var bar = plot.Add.Line(xs[i], series.Points[i].Low, xs[i], series.Points[i].High);
                    bar.Color = color;
                    bar.LineWidth = 1.5f;
                }
            }
            var zero = plot.Add.HorizontalLine(0);
            zero.Color = Colors.Black;
            zero.LinePattern = LinePattern.Dashed;
            if (panel.Ticks.Count > 0)
                plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. panel.Ticks.Select(t => t.X)], [.. panel.Ticks.Select(t => t.Label)]);
            plot.ShowLegend(Edge.Bottom);
            plots.Add(plot);
        }
        return FigureStyle.Save(FigureStyle.Grid(1, plots.Count, plots), directory, name, 700 * plots.Count, 620);
    }
}
