using IncrementalStudy.Evaluation;
using ScottPlot;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>Final per-class recall per strategy, grouped by class, with 95% CI error bars.</summary>
internal sealed class PerClassAccuracyFigure : IFigure
{
    public string Name => "per_class_accuracy";

    public string Caption =>
        "Recall of every class after the last phase, per strategy (bars: mean over seeds; whiskers: 95% CI). " +
        "The newest class is the right-most group.";

    public bool AppliesTo(ResultsTables tables) => tables.PerClass.Count > 0;

    public void Draw(ResultsTables tables, string directory)
    {
        int finalPhase = tables.PerClass.Max(r => r.Phase);
        int[] classes = [.. tables.PerClass.Where(r => r.Phase == finalPhase).Select(r => r.Class).Distinct().Order()];
        string[] strategies = [.. tables.Strategies.Where(s => tables.PerClass.Any(r => r.Strategy == s))];
        Plot plot = FigureStyle.NewPlot($"Per-class recall after phase {finalPhase}", "class", "recall (test set)");
        double width = 0.8 / strategies.Length;
        for (int s = 0; s < strategies.Length; s++)
        {
            var bars = new List<Bar>();
            foreach (int category in classes)
            {
                SeedStatistics stats = SeedStatistics.Of(tables.PerClass
                    .Where(r => r.Strategy == strategies[s] && r.Phase == finalPhase && r.Class == category).Select(r => r.Recall));
                if (stats.N == 0) continue;
                bars.Add(new Bar
                {
                    Position = category - 0.4 + width * (s + 0.5),
                    Value = stats.Mean,
                    Error = double.IsNaN(stats.Ci95High) ? 0 : stats.Ci95High - stats.Mean,
                    Size = width * 0.92,
                    FillColor = FigureStyle.StrategyColor(tables.Strategies, strategies[s]),
                    LineWidth = 1.2f, // outline and CI whisker share this style in ScottPlot 5
                    LineColor = Colors.Black,
                });
            }
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = strategies[s];
        }
        FigureStyle.SetTicks(plot, [.. classes.Select(c => $"class {c}")]);
        plot.Axes.SetLimitsY(0, 1.05);
        plot.ShowLegend(Edge.Right);
        FigureStyle.Save(plot, directory, Name, 1100, 520);
    }
}
