using IncrementalStudy.Results;
using ScottPlot;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>How training and prediction cost and accuracy grow with the number of categories present.</summary>
internal sealed class CostByCategoriesFigure : IFigure
{
    public string Name => "cost_by_categories";

    public string Caption =>
        "Against the number of categories present after each step (mean over seeds, 95% CI bands cut to the possible range): " +
        "wall-clock training time of that step, multiply-adds for one prediction (strategies with the same architecture have " +
        "the same cost, so their lines coincide), and test accuracy on all seen categories.";

    public bool AppliesTo(ResultsTables tables) => tables.Steps.Select(s => s.Phase).Distinct().Count() >= 3;

    public void Draw(ResultsTables tables, string directory)
    {
        Plot time = FigureStyle.NewPlot("Training time per step", "categories present (K)", "ms to train the step");
        Plot inference = FigureStyle.NewPlot("Prediction cost", "categories present (K)", "multiply-adds per prediction");
        Plot accuracy = FigureStyle.NewPlot("Accuracy", "categories present (K)", "test accuracy (all seen categories)");
        foreach (string strategy in tables.Strategies)
        {
            StepRecord[] rows = [.. tables.Steps.Where(s => s.Strategy == strategy)];
            if (rows.Length == 0) continue;
            Color color = FigureStyle.StrategyColor(tables.Strategies, strategy);
            AccuracyByStepFigure.AddCurve(time, SeedBand.Of(rows.Select(r => ((double)r.Categories, r.TrainMs))).ClippedTo(0, double.PositiveInfinity), color, strategy);
            AccuracyByStepFigure.AddCurve(inference, SeedBand.Of(rows.Select(r => ((double)r.Categories, (double)r.MultiplyAddsPerPrediction))), color, strategy);
            AccuracyByStepFigure.AddCurve(accuracy, SeedBand.Of(rows.Select(r => ((double)r.Categories, r.TestAccuracy))).ClippedTo(0, 1), color, strategy);
        }
        foreach (Plot plot in new[] { time, inference, accuracy }) plot.ShowLegend(Edge.Bottom);
        FigureStyle.Save(FigureStyle.Grid(1, 3, [time, inference, accuracy]), directory, Name, 1650, 600);
    }
}
