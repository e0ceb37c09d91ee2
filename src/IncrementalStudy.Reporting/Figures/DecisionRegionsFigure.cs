using IncrementalStudy.Results;
using ScottPlot;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>The plane coloured by predicted class, one panel per strategy (columns) and phase (rows), test points overlaid.</summary>
internal sealed class DecisionRegionsFigure : IFigure
{
    public string Name => "decision_regions";

    public string Caption =>
        "Predicted class over the plane (shaded) for each strategy (columns) after each phase (rows), for the one seed stated in the " +
        $"panel titles; dots are a sample of that seed's test points, coloured by their true class ({FigureStyle.ClassColourLegend(3)}; " +
        "the same in every panel).";

    public bool AppliesTo(ResultsTables tables) => tables.DecisionRegions.Count > 0;

    public void Draw(ResultsTables tables, string directory)
    {
        int[] phases = [.. tables.DecisionRegions.Select(r => r.Phase).Distinct().Order()];
        string[] strategies = [.. tables.Strategies.Where(s => tables.DecisionRegions.Any(r => r.Strategy == s))];
        int seed = tables.DecisionRegions[0].Seed;
        int classes = Math.Max(tables.DecisionRegions.Max(r => r.PredictedClass), tables.TestPoints.Select(p => p.Class).DefaultIfEmpty(0).Max()) + 1;

        var panels = new List<Plot>();
        foreach (int phase in phases)
            foreach (string strategy in strategies)
            {
                DecisionGridRecord[] cells = [.. tables.DecisionRegions.Where(r => r.Strategy == strategy && r.Phase == phase)];
                int phaseClasses = tables.Steps.Where(s => s.Phase == phase).Select(s => s.Categories).DefaultIfEmpty(classes).Max();
                panels.Add(Panel(strategy, phase, seed, cells, tables.TestPoints.Where(p => p.Class < phaseClasses), classes));
            }
        FigureStyle.Save(FigureStyle.Grid(phases.Length, strategies.Length, panels), directory, Name, 340 * strategies.Length, 340 * phases.Length);
    }

    private static Plot Panel(string strategy, int phase, int seed, DecisionGridRecord[] cells, IEnumerable<PointRecord> points, int classes)
    {
        Plot plot = FigureStyle.NewPlot($"{strategy}\nafter phase {phase} (seed {seed})", "x₁", "x₂");
        plot.Axes.Title.Label.FontSize = 12;
        double[] gridX = [.. cells.Select(c => c.X).Distinct().Order()];
        double[] gridY = [.. cells.Select(c => c.Y).Distinct().Order()];
        var lookup = cells.ToDictionary(c => (c.X, c.Y), c => c.PredictedClass);
        var intensities = new double[gridY.Length, gridX.Length];
        for (int r = 0; r < gridY.Length; r++)
            for (int c = 0; c < gridX.Length; c++)
                intensities[r, c] = lookup.TryGetValue((gridX[c], gridY[r]), out int predicted) ? predicted : double.NaN;

        var heatmap = plot.Add.Heatmap(intensities);
        heatmap.Colormap = new ClassColormap(classes);
        heatmap.ManualRange = new ScottPlot.Range(-0.5, classes - 0.5);
        heatmap.FlipVertically = true; // row 0 holds the smallest y
        double halfX = (gridX[^1] - gridX[0]) / (gridX.Length - 1) / 2, halfY = (gridY[^1] - gridY[0]) / (gridY.Length - 1) / 2;
        heatmap.Extent = new CoordinateRect(gridX[0] - halfX, gridX[^1] + halfX, gridY[0] - halfY, gridY[^1] + halfY);
        heatmap.Opacity = 0.45;

        foreach (IGrouping<int, PointRecord> group in points.GroupBy(p => p.Class).OrderBy(g => g.Key))
        {
            double[] xs = [.. group.Select(p => p.X)], ys = [.. group.Select(p => p.Y)];
            plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, 3.5f, FigureStyle.ClassColor(group.Key));
        }
        plot.Axes.SetLimits(gridX[0] - halfX, gridX[^1] + halfX, gridY[0] - halfY, gridY[^1] + halfY);
        plot.Axes.SquareUnits();
        return plot;
    }

    /// <summary>Maps a class index (as a heatmap intensity) to its class colour.</summary>
    private sealed class ClassColormap(int classes) : IColormap
    {
        public string Name => "classes";

        public Color GetColor(double normalizedIntensity)
        {
            if (double.IsNaN(normalizedIntensity)) return Colors.Transparent;
            int category = Math.Clamp((int)Math.Floor(normalizedIntensity * classes), 0, classes - 1);
            return FigureStyle.ClassColor(category);
        }
    }
}
