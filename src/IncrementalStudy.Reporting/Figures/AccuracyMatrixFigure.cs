using System.Globalization;
using IncrementalStudy.Evaluation;
using ScottPlot;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>
/// Heatmap of R[i][j] (mean over seeds) per strategy, values written in the cells, row 0 on top. Cells above the diagonal (step j not yet
/// seen after step i) are not applicable: left blank and marked "n/a", not drawn as an accuracy of 0.
/// </summary>
internal sealed class AccuracyMatrixFigure : IFigure
{
    public string Name => "accuracy_matrix";

    public string Caption =>
        "Accuracy matrix R[i][j]: accuracy after training step i (rows, top to bottom) on the classes step j brings (columns), " +
        "mean over seeds. Above the diagonal (j > i) step j has not been seen yet, so the cells are blank (n/a); accuracy_matrix.csv still " +
        "records what the model scores there (0 for a head that cannot predict those classes yet).";

    public bool AppliesTo(ResultsTables tables) => tables.AccuracyMatrix.Count > 0;

    public void Draw(ResultsTables tables, string directory)
    {
        string[] strategies = [.. tables.Strategies.Where(s => tables.AccuracyMatrix.Any(r => r.Strategy == s))];
        int steps = tables.AccuracyMatrix.Max(r => Math.Max(r.AfterStep, r.OnStep));
        var panels = new List<Plot>();
        foreach (string strategy in strategies)
        {
            var mean = new double[steps, steps];
            for (int i = 0; i < steps; i++)
                for (int j = 0; j < steps; j++)
                    mean[i, j] = j > i ? double.NaN : SeedStatistics.Of(tables.AccuracyMatrix
                        .Where(r => r.Strategy == strategy && r.AfterStep == i + 1 && r.OnStep == j + 1).Select(r => r.Accuracy)).Mean;

            Plot plot = FigureStyle.NewPlot(strategy, "evaluated on step j", "after step i");
            var heatmap = plot.Add.Heatmap(mean);
            heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
            heatmap.ManualRange = new ScottPlot.Range(0, 1);
            heatmap.NaNCellColor = Colors.Transparent;
            heatmap.FlipVertically = true; // row 0 (after step 1) on top
            // One rectangle per cell on the cell's exact edges: a scaled bitmap placed cells up to half a cell off the tick and the number they
            // belong to. Beyond 10 × 10 there are no numbers to misalign and the rectangles would make the SVG seven times larger.
            if (steps <= 10) heatmap.RenderStrategy = new ScottPlot.Plottables.Heatmap.RenderStrategies.Rectangles();
            heatmap.Rectangle = new CoordinateRect(0.5, steps + 0.5, steps + 0.5, 0.5);
            for (int i = 0; i < steps; i++)
                for (int j = 0; j < steps; j++)
                {
                    if (steps > 10) continue; // beyond 10 × 10 the numbers would not fit the cells
                    bool notApplicable = j > i;
                    if (double.IsNaN(mean[i, j]) && !notApplicable) continue;
                    var text = plot.Add.Text(notApplicable ? "n/a" : mean[i, j].ToString("F3", CultureInfo.InvariantCulture), j + 1, i + 1);
                    text.Alignment = Alignment.MiddleCenter;
                    text.LabelFontSize = steps <= 3 ? 14 : 11;
                    text.LabelFontColor = notApplicable ? Colors.Gray : mean[i, j] > 0.6 ? Colors.Black : Colors.White;
                }
            if (steps <= 10)
            {
                string[] labels = [.. Enumerable.Range(1, steps).Select(s => s.ToString(CultureInfo.InvariantCulture))];
                plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(1, steps).Select(s => (double)s)], labels);
                plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(1, steps).Select(s => (double)s)], labels);
            }
            plot.Axes.SetLimits(0.5, steps + 0.5, steps + 0.5, 0.5);
            panels.Add(plot);
        }
        int columns = Math.Min(4, strategies.Length), rows = (strategies.Length + columns - 1) / columns;
        FigureStyle.Save(FigureStyle.Grid(rows, columns, panels), directory, Name, 340 * columns, 360 * rows);
    }
}
