using IncrementalStudy.Results;
using ScottPlot;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>Accuracy of the whole classifier and the shared head's training loss against cumulative epoch, across phases.</summary>
internal sealed class LearningCurvesFigure : IFigure
{
    public string Name => "learning_curves";

    public string Caption =>
        "Left: test accuracy of the whole classifier on the categories present, against cumulative epoch; right: the shared head's " +
        "training loss on the current phase's data (fixed weights; one-vs-all has no single loss). Lines are means over seeds, bands " +
        "95% CIs, open circles the epoch-0 evaluation of each fit (before any update); the dashed line marks where a category arrives (markers and lines are left out beyond ten phases). " +
        "A vertical step at the dashed line is the gap between where the first fit ended and where the second starts. " +
        "Strategies that share data, initial weights and shuffles have identical curves until they differ, so earlier ones are hidden.";

    public bool AppliesTo(ResultsTables tables) => tables.Epochs.Count > 0;

    public void Draw(ResultsTables tables, string directory)
    {
        Plot accuracy = FigureStyle.NewPlot("Test accuracy across phases", "cumulative epoch (dashed: a category arrives)", "test accuracy (all present categories)");
        Plot loss = FigureStyle.NewPlot("Shared head: training loss", "cumulative epoch (dashed: a category arrives)", "cross-entropy on the phase's training data");
        int[] boundaries = [.. tables.Epochs.Where(e => e.Phase > 1 && e.Epoch == 0).Select(e => e.CumulativeEpoch).Distinct()];
        bool fewPhases = boundaries.Length <= 10; // beyond that, phase markers would hide the curves

        foreach (string strategy in tables.Strategies)
        {
            Color color = FigureStyle.StrategyColor(tables.Strategies, strategy);
            // The classifier's accuracy at each epoch: for one-vs-all, the last model trained in the phase (all models exist then).
            EpochRecord[] rows = [.. tables.Epochs.Where(e => e.Strategy == strategy)];
            var lastFitPerPhase = rows.GroupBy(e => (e.Seed, e.Phase)).ToDictionary(g => g.Key, g => g.Last().Model);
            EpochRecord[] system = [.. rows.Where(e => e.Model == lastFitPerPhase[(e.Seed, e.Phase)] && e.SystemTestAccuracy is not null)];
            EpochRecord[] shared = [.. rows.Where(e => e.Model == "shared")];
            bool labelled = false;
            foreach (int phase in rows.Select(e => e.Phase).Distinct().Order())
            {
                labelled |= AddPhase(accuracy, system.Where(e => e.Phase == phase).Select(e => (e, e.SystemTestAccuracy!.Value)), color, strategy, !labelled, fewPhases);
                AddPhase(loss, shared.Where(e => e.Phase == phase).Select(e => (e, e.TrainLoss)), color, strategy, phase == 1, fewPhases);
            }
        }
        foreach (Plot plot in new[] { accuracy, loss })
        {
            if (fewPhases)
                foreach (int boundary in boundaries)
                    plot.Add.VerticalLine(boundary, 1.5f, Colors.Gray, LinePattern.Dashed);
            plot.ShowLegend(Edge.Bottom);
        }
        // CI bands of a few seeds can reach past the possible range; the axes show only what can happen.
        accuracy.Axes.AutoScale();
        accuracy.Axes.SetLimitsY(Math.Max(0, accuracy.Axes.GetLimits().Bottom), Math.Min(1.02, accuracy.Axes.GetLimits().Top));
        loss.Axes.AutoScale();
        loss.Axes.SetLimitsY(0, loss.Axes.GetLimits().Top);

        FigureStyle.Save(FigureStyle.Grid(1, 2, [accuracy, loss]), directory, Name, 1400, 620);
    }

    /// <summary>Mean line, CI band and epoch-0 marker of one phase; returns whether it drew anything.</summary>
    private static bool AddPhase(Plot plot, IEnumerable<(EpochRecord Row, double Value)> points, Color color, string label, bool withLegend, bool startMarkers)
    {
        (EpochRecord Row, double Value)[] data = [.. points];
        SeedBand band = SeedBand.Of(data.Select(p => ((double)p.Row.CumulativeEpoch, p.Value)));
        if (band.IsEmpty) return false;
        FigureStyle.AddMeanWithBand(plot, band, color, withLegend ? label : null, markers: false);
        SeedBand start = SeedBand.Of(data.Where(p => p.Row.Epoch == 0).Select(p => ((double)p.Row.CumulativeEpoch, p.Value)));
        if (startMarkers && !start.IsEmpty)
        {
            var marker = plot.Add.Markers(start.Xs, start.Means, MarkerShape.OpenCircle, 9, color);
            marker.MarkerLineWidth = 2;
        }
        return true;
    }
}
