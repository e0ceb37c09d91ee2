using IncrementalStudy.Reporting.Markdown;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Results.Tables;
using ScottPlot;

namespace IncrementalStudy.Reporting.Figures;

/// <summary>Accuracy against what a strategy stores (exemplars and model copies) and against its training compute.</summary>
internal sealed class MemoryTradeoffFigure : IFigure
{
    public string Name => "memory_tradeoff";

    public string Caption =>
        "Final accuracy (the headline accuracy metric, mean over seeds) against the most memory a strategy held besides its classifier " +
        "(stored samples in bytes plus 4 bytes per float of teacher copies, Fisher diagonals and anchors; memory.csv) and against its " +
        "training compute over all phases (multiply-adds counted by the layers, `train_multiply_adds` in cost.csv; deterministic, unlike " +
        "the wall-clock time). Strategies without a memory ledger (one-vs-all, which draws samples from the " +
        "scenario) appear in the time panel only.";

    public bool AppliesTo(ResultsTables tables) =>
        tables.Get(StandardTables.Memory).Any(r => r.PeakExemplarBytes is not null) && Accuracy(tables) is not null;

    public void Draw(ResultsTables tables, string directory)
    {
        MetricDescriptor metric = Accuracy(tables)!;
        IReadOnlyList<MemoryRecord> memory = tables.Get(StandardTables.Memory);
        Plot byMemory = FigureStyle.NewPlot("Accuracy against memory", "extra memory (kB, peak)", metric.Id);
        Plot byCompute = FigureStyle.NewPlot("Accuracy against training compute", "training multiply-adds (G per case, all phases)", metric.Id);
        foreach (string strategy in tables.Strategies)
        {
            double[] accuracy = [.. tables.Metrics.Where(m => m.Strategy == strategy && m.Metric == metric.Id).Select(m => m.Value)];
            if (accuracy.Length == 0) continue;
            double meanAccuracy = accuracy.Average();
            Color color = FigureStyle.StrategyColor(tables.Strategies, strategy);
            MemoryRecord[] finals = [.. memory.Where(r => r.Strategy == strategy && r.PeakExemplarBytes is not null)
                .GroupBy(r => r.Seed).Select(g => g.MaxBy(r => r.Phase)!)];
            if (finals.Length > 0)
            {
                double kB = finals.Average(r => r.PeakExemplarBytes!.Value + 4.0 * r.PeakModelCopyFloats!.Value) / 1000;
                var point = byMemory.Add.Markers(new[] { kB }, new[] { meanAccuracy }, MarkerShape.FilledCircle, 10, color);
                point.LegendText = strategy;
            }
            double[] compute = [.. tables.Cost.Where(r => r.Strategy == strategy && r.TrainMultiplyAdds is not null).Select(r => r.TrainMultiplyAdds!.Value / 1e9)];
            if (compute.Length > 0)
                byCompute.Add.Markers(new[] { compute.Average() }, new[] { meanAccuracy }, MarkerShape.FilledCircle, 10, color).LegendText = strategy;
        }
        byMemory.ShowLegend(Edge.Right);
        byCompute.ShowLegend(Edge.Right);
        FigureStyle.Save(FigureStyle.Grid(1, 2, [byMemory, byCompute]), directory, Name, 1500, 560);
    }

    /// <summary>The experiment's headline metric when it is one of the two final accuracies, else A_T for more than two steps and the final test accuracy otherwise.</summary>
    private static MetricDescriptor? Accuracy(ResultsTables tables)
    {
        MetricDescriptor[] accuracies = [MetricCatalog.AverageAccuracyFinal, MetricCatalog.TestAccuracyFinal];
        if (HeadlineAnswer.Metric(tables) is { } headline && accuracies.Contains(headline)) return headline;
        int steps = tables.Steps.Count == 0 ? 0 : tables.Steps.Max(s => s.Phase);
        if (steps <= 2) Array.Reverse(accuracies);
        return accuracies.FirstOrDefault(m => tables.Metrics.Any(r => r.Metric == m.Id));
    }
}
