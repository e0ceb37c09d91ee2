using IncrementalStudy.Results;
using ScottPlot;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>Average accuracy A_i and accuracy on all seen classes after each step, mean and 95% CI over seeds.</summary>
internal sealed class AccuracyByStepFigure : IFigure
{
    public string Name => "accuracy_by_step";

    public string Caption =>
        "After each step: left, the average accuracy A_i (mean over the steps so far of the accuracy on each step's classes); right, " +
        "the accuracy on the classes of earlier steps only (forgetting shows here; undefined after step 1). Lines are means over seeds, " +
        "bands 95% CIs cut to [0, 1].";

    public bool AppliesTo(ResultsTables tables) => tables.Steps.Select(s => s.Phase).Distinct().Count() >= 3;

    public void Draw(ResultsTables tables, string directory)
    {
        Plot average = FigureStyle.NewPlot("Average accuracy after each step", "step", "A_i (mean accuracy over steps so far)");
        Plot old = FigureStyle.NewPlot("Accuracy on the classes of earlier steps", "step", "test accuracy (old classes)");
        foreach (string strategy in tables.Strategies)
        {
            StepRecord[] rows = [.. tables.Steps.Where(s => s.Strategy == strategy)];
            if (rows.Length == 0) continue;
            Color color = FigureStyle.StrategyColor(tables.Strategies, strategy);
            AddCurve(average, SeedBand.Of(rows.Select(r => ((double)r.Phase, r.AverageAccuracy))).ClippedTo(0, 1), color, strategy);
            AddCurve(old, SeedBand.Of(rows.Where(r => r.OldAccuracy is not null).Select(r => ((double)r.Phase, r.OldAccuracy!.Value))).ClippedTo(0, 1), color, strategy);
        }
        int steps = tables.Steps.Max(s => s.Phase);
        foreach (Plot plot in new[] { average, old })
        {
            plot.Axes.SetLimits(0.7, steps + 0.3, -0.02, 1.02); // same x range on both panels; 0 stays visible
            if (steps <= 12) FigureStyle.SetTicks(plot, [.. Enumerable.Range(0, steps + 1).Select(i => i == 0 ? "" : i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            plot.ShowLegend(Edge.Bottom);
        }
        FigureStyle.Save(FigureStyle.Grid(1, 2, [average, old]), directory, Name, 1400, 620);
    }

    internal static void AddCurve(Plot plot, SeedBand band, Color color, string label) =>
        FigureStyle.AddMeanWithBand(plot, band, color, label, markers: band.Xs.Length <= 12);
}
