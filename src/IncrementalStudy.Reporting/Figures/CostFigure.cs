using IncrementalStudy.Evaluation;
using IncrementalStudy.Results;
using ScottPlot;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>What each strategy cost: training time, gradient steps, parameters and multiply-adds per prediction.</summary>
internal sealed class CostFigure : IFigure
{
    public string Name => "cost";

    public string Caption =>
        "Cost per strategy (mean over seeds, whiskers 95% CI where it varies): wall-clock training time over all phases, " +
        "optimizer steps, trainable parameters at the end, and multiply-adds for one prediction.";

    public bool AppliesTo(ResultsTables tables) => tables.Cost.Count > 0;

    public void Draw(ResultsTables tables, string directory)
    {
        string[] strategies = [.. tables.Strategies.Where(s => tables.Cost.Any(r => r.Strategy == s))];
        (string Title, string Unit, Func<CostRecord, double> Value)[] panels =
        [
            ("Training time", "ms per case (all phases)", r => r.TrainMs),
            ("Gradient steps", "optimizer steps per case", r => r.GradientSteps),
            ("Parameters", "trainable parameters", r => r.Parameters),
            ("Inference cost", "multiply-adds per prediction", r => r.MultiplyAddsPerPrediction),
        ];
        var plots = new List<Plot>();
        foreach ((string title, string unit, Func<CostRecord, double> value) in panels)
        {
            Plot plot = FigureStyle.NewPlot(title, "", unit);
            var bars = new List<Bar>();
            for (int s = 0; s < strategies.Length; s++)
            {
                SeedStatistics stats = SeedStatistics.Of(tables.Cost.Where(r => r.Strategy == strategies[s]).Select(value));
                bars.Add(new Bar
                {
                    Position = s,
                    Value = stats.Mean,
                    Error = double.IsNaN(stats.Ci95High) ? 0 : stats.Ci95High - stats.Mean,
                    FillColor = FigureStyle.StrategyColor(tables.Strategies, strategies[s]),
                    LineWidth = 1.2f, // outline and CI whisker share this style in ScottPlot 5
                    LineColor = Colors.Black,
                    Size = 0.7,
                });
            }
            plot.Add.Bars(bars);
            FigureStyle.SetTicks(plot, strategies);
            plot.Axes.Margins(bottom: 0);
            plots.Add(plot);
        }
        FigureStyle.Save(FigureStyle.Grid(2, 2, plots), directory, Name, Math.Max(1000, 140 * strategies.Length * 2), 820);
    }
}
