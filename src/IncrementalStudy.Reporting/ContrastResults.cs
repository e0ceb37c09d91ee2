using IncrementalStudy.Evaluation;
using IncrementalStudy.Experiments;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;

namespace IncrementalStudy.Reporting;

/// <summary>
/// A declared contrast answered from a results folder's paired.csv: treatment − baseline on the headline metric over the
/// same seeds, adjusted for the number of contrasts the experiment declares (<see cref="MultipleComparisons"/>), with each
/// arm's counted costs.
/// </summary>
public sealed record ContrastResult(string Experiment, Contrast Contrast, string Metric, AdjustedDifference Difference, int Family,
    ArmCost Treatment, ArmCost Baseline)
{
    /// <summary>+1 when the treatment is resolved better on the metric (higher, or lower for a loss), −1 when worse, 0 unresolved.</summary>
    public int Better => Difference.Sign * (MetricCatalog.Find(Metric)?.HigherIsBetter == false ? -1 : 1);

    /// <summary>The arm the seeds resolve as better, or null.</summary>
    public string? Ahead => Better switch { > 0 => Contrast.Treatment, < 0 => Contrast.Baseline, _ => null };

    /// <summary>The smallest difference these seeds would resolve (80% power, α/m); NaN without a spread.</summary>
    public double MinimumDetectable => Difference.MinimumDetectable(MultipleComparisons.Alpha, Family);
}

/// <summary>What one arm cost, as counted (means over seeds): training multiply-adds, gradient steps, stored samples at the end.</summary>
public sealed record ArmCost(double TrainMultiplyAdds, double GradientSteps, double StoredSamples, double TrainMs);

public static class ContrastResults
{
    /// <summary>Every contrast the folder's manifest declares, in declaration order; empty for folders written before contrasts existed.</summary>
    public static IReadOnlyList<ContrastResult> Of(ResultsTables tables)
    {
        IReadOnlyList<Contrast> declared = tables.Manifest.Contrasts ?? [];
        string? metric = tables.Manifest.HeadlineMetric;
        if (declared.Count == 0 || metric is null) return [];
        (int N, double Mean, double Sem)[] family = [.. declared.Select(c => Paired(tables, metric, c.Treatment, c.Baseline))];
        IReadOnlyList<AdjustedDifference> adjusted = MultipleComparisons.Holm(family);
        return [.. declared.Select((c, i) => new ContrastResult(tables.Manifest.Experiment, c, metric, adjusted[i], declared.Count,
            Cost(tables, c.Treatment), Cost(tables, c.Baseline)))];
    }

    private static (int N, double Mean, double Sem) Paired(ResultsTables tables, string metric, string a, string b) =>
        Oriented(tables.Paired, metric, a, b) is { } row ? (row.N, row.MeanDifference, row.Sem) : (0, double.NaN, double.NaN);

    /// <summary>The paired row of <paramref name="a"/> − <paramref name="b"/>, turned round when paired.csv holds b − a; null without one.</summary>
    public static PairedRecord? Oriented(IReadOnlyList<PairedRecord> paired, string metric, string a, string b) =>
        paired.FirstOrDefault(p => p.Metric == metric && p.StrategyA == a && p.StrategyB == b)
        ?? (paired.FirstOrDefault(p => p.Metric == metric && p.StrategyA == b && p.StrategyB == a) is { } r
            ? r with { StrategyA = a, StrategyB = b, MeanDifference = -r.MeanDifference, Ci95Low = -r.Ci95High, Ci95High = -r.Ci95Low }
            : null);

    public static ArmCost Cost(ResultsTables tables, string strategy)
    {
        CostRecord[] cost = [.. tables.Cost.Where(c => c.Strategy == strategy)];
        double stored = tables.Get(Results.Tables.StandardTables.Memory).Where(m => m.Strategy == strategy && m.ExemplarSamples is not null)
            .GroupBy(m => m.Seed).Select(g => (double)g.OrderBy(m => m.Phase).Last().ExemplarSamples!.Value).DefaultIfEmpty(0).Average();
        return new ArmCost(
            cost.Length == 0 ? double.NaN : cost.Average(c => (double)(c.TrainMultiplyAdds ?? 0)),
            cost.Length == 0 ? double.NaN : cost.Average(c => (double)c.GradientSteps),
            stored,
            cost.Length == 0 ? double.NaN : cost.Average(c => c.TrainMs));
    }

    /// <summary>The reference arms' values on the metric (bounds, never candidates).</summary>
    public static IReadOnlyList<SummaryRecord> References(ResultsTables tables) =>
        [.. (tables.Manifest.References ?? []).Select(r => tables.Summary.FirstOrDefault(s => s.Strategy == r && s.Metric == tables.Manifest.HeadlineMetric))
            .OfType<SummaryRecord>()];

    public static MetricDescriptor? Metric(ResultsTables tables) => tables.Manifest.HeadlineMetric is { } id ? MetricCatalog.Find(id) : null;
}
