using IncrementalStudy.Results;
using ScottPlot;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>Per-seed strip plots of what the first head expansion did, before any update, on the test set.</summary>
internal sealed class ExpansionProbeFigure : IFigure
{
    public string Name => "expansion_probe";

    public string Caption =>
        "What adding the output node did before any update, one dot per seed (test set of all present categories). Left: argmax " +
        "flip rate (filled) next to the share of points whose old logits are all negative (open; for zero init the two are equal). " +
        "Middle: accuracy change at expansion. Right: largest and mean change of an old class's softmax probability.";

    public bool AppliesTo(ResultsTables tables) => tables.Expansion.Any(r => r.Data == "test");

    public void Draw(ResultsTables tables, string directory)
    {
        int firstPhase = tables.Expansion.Min(r => r.Phase);
        ExpansionRecord[] rows = [.. tables.Expansion.Where(r => r.Data == "test" && r.Phase == firstPhase)
            .GroupBy(r => (r.Strategy, r.Seed)).Select(g => g.First())];
        string[] strategies = [.. tables.Strategies.Where(s => rows.Any(r => r.Strategy == s))];

        Plot flips = Strip(tables, strategies, rows, "Argmax flips at expansion", "share of test points",
            ("flip rate", r => r.FlipRate, MarkerShape.FilledCircle, -0.15), ("old logits all negative", r => r.OldLogitsAllNegativeShare, MarkerShape.OpenCircle, 0.15));
        Plot accuracy = Strip(tables, strategies, rows, "Accuracy change at expansion", "accuracy after − before",
            ("after − before", r => r.AccuracyAfter - r.AccuracyBefore, MarkerShape.FilledCircle, 0));
        accuracy.Add.HorizontalLine(0, 1, Colors.Gray, LinePattern.Dotted);
        Plot probabilities = Strip(tables, strategies, rows, "Old-class probability shift", "|Δ p(old class)|",
            ("max", r => r.OldProbMaxAbsChange, MarkerShape.FilledCircle, -0.15), ("mean", r => r.OldProbMeanAbsChange, MarkerShape.OpenCircle, 0.15));

        // Side by side for a few strategies; stacked, one wide panel each, when there are many.
        bool stacked = strategies.Length > 4;
        FigureStyle.Save(FigureStyle.Grid(stacked ? 3 : 1, stacked ? 1 : 3, [flips, accuracy, probabilities]), directory, Name,
            stacked ? Math.Max(1200, 110 * strategies.Length) : 1200, stacked ? 1500 : 560);
    }

    private static Plot Strip(ResultsTables tables, string[] strategies, ExpansionRecord[] rows, string title, string yLabel,
        params (string Label, Func<ExpansionRecord, double> Value, MarkerShape Shape, double Offset)[] series)
    {
        Plot plot = FigureStyle.NewPlot(title, "", yLabel);
        for (int s = 0; s < strategies.Length; s++)
        {
            ExpansionRecord[] strategyRows = [.. rows.Where(r => r.Strategy == strategies[s]).OrderBy(r => r.Seed)];
            Color color = FigureStyle.StrategyColor(tables.Strategies, strategies[s]);
            foreach ((string label, Func<ExpansionRecord, double> value, MarkerShape shape, double offset) in series)
            {
                // Deterministic jitter spreads the seeds horizontally so equal values stay visible.
                double[] xs = [.. strategyRows.Select((r, i) => s + offset + 0.08 * (((i * 7) % 11) / 10.0 - 0.5))];
                var markers = plot.Add.Markers(xs, [.. strategyRows.Select(value)], shape, 7, color);
                markers.MarkerLineWidth = 1.5f;
                if (s == 0) markers.LegendText = label;
            }
        }
        FigureStyle.SetTicks(plot, strategies);
        plot.Axes.SetLimitsX(-0.6, strategies.Length - 0.4);
        plot.ShowLegend(Edge.Bottom); // on every panel, so the three data areas keep the same height
        return plot;
    }
}
