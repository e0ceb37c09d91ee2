using System.Globalization;
using System.Text;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;

namespace IncrementalStudy.Reporting.Markdown;

/// <summary>
/// The "Answer" paragraph that opens report.md, from summary.csv and paired.csv only: which strategy is best on the headline metric, its
/// paired difference to the runner-up with the 95% interval, which strategies the seeds do not separate from it, and its cost relative to
/// the runner-up (gradient steps and training time, ratios of the means).
/// </summary>
internal static class HeadlineAnswer
{
    /// <summary>
    /// The metric the answer is given on: the one the manifest records (declared by the experiment), else, for folders written before
    /// experiments declared one, A_T (<c>average_accuracy_final</c>) for more than two steps and <c>test_accuracy_final</c> otherwise;
    /// null when the folder has neither with a direction.
    /// </summary>
    public static MetricDescriptor? Metric(ResultsTables tables)
    {
        if (tables.Manifest.HeadlineMetric is { } declared && MetricCatalog.Find(declared) is { HigherIsBetter: not null } found) return found;
        int steps = tables.Steps.Count == 0 ? 0 : tables.Steps.Max(s => s.Phase);
        MetricDescriptor[] candidates = steps > 2
            ? [MetricCatalog.AverageAccuracyFinal, MetricCatalog.TestAccuracyFinal]
            : [MetricCatalog.TestAccuracyFinal, MetricCatalog.AverageAccuracyFinal];
        return candidates.FirstOrDefault(m => tables.Summary.Any(s => s.Metric == m.Id));
    }

    /// <summary>"## Answer" and one paragraph, or nothing when the folder has no headline metric.</summary>
    public static string Section(ResultsTables tables)
    {
        MetricDescriptor? metric = Metric(tables);
        if (metric is null) return "";
        SummaryRecord[] rows = [.. tables.Strategies
            .Select(s => tables.Summary.FirstOrDefault(r => r.Strategy == s && r.Metric == metric.Id))
            .OfType<SummaryRecord>()
            .Where(r => !double.IsNaN(r.Mean))];
        if (rows.Length == 0) return "";
        bool higher = metric.HigherIsBetter!.Value;
        // Stable: equal means keep the definition's order.
        SummaryRecord[] ranked = [.. higher ? rows.OrderByDescending(r => r.Mean) : rows.OrderBy(r => r.Mean)];
        SummaryRecord best = ranked[0];
        string format = metric.NumberFormat;
        string source = tables.Manifest.HeadlineMetric == metric.Id ? "the experiment's headline metric" : "the headline metric for this kind of experiment";

        var text = new StringBuilder("## Answer\n\n");
        text.Append($"On `{metric.Id}` ({metric.Definition}; {(higher ? "higher" : "lower")} is better; {source}), ");
        if (ranked.Length == 1)
        {
            text.Append($"the only strategy, **{best.Strategy}**, reaches {NumberFormat.MeanWithCi(best.Mean, best.Ci95High, format)} " +
                        $"(mean ± 95% CI over {best.N} seeds).\n\n");
            return text.ToString();
        }

        SummaryRecord second = ranked[1];
        text.Append($"**{best.Strategy}** is best with {NumberFormat.MeanWithCi(best.Mean, best.Ci95High, format)} (mean ± 95% CI over {best.N} seeds)");
        (double Mean, double Low, double High, int N)? lead = Difference(tables, metric.Id, best.Strategy, second.Strategy);
        if (lead is null)
            text.Append($"; the runner-up {second.Strategy} reaches {NumberFormat.MeanWithCi(second.Mean, second.Ci95High, format)} " +
                        "and paired.csv has no paired difference between them.");
        else
        {
            text.Append($". Against the runner-up {second.Strategy} ({NumberFormat.MeanWithCi(second.Mean, second.Ci95High, format)}) its paired " +
                        $"difference on the same seeds is {Describe(lead.Value)} (n = {lead.Value.N}), ");
            text.Append(Resolved(lead.Value) ? "a difference the seeds resolve." : "an interval that includes 0: the seeds do not separate the two.");
        }

        string[] unresolved = [.. ranked.Skip(1)
            .Where(r => Difference(tables, metric.Id, best.Strategy, r.Strategy) is { } d && !Resolved(d))
            .Select(r => r.Strategy)];
        if (unresolved.Length > 0 && !(unresolved.Length == 1 && unresolved[0] == second.Strategy))
            text.Append($" Not separated from {best.Strategy} by the seeds (paired 95% CI includes 0): {string.Join(", ", unresolved)}.");
        else if (unresolved.Length == 0 && ranked.Length > 2)
            text.Append(" Every other strategy is behind it by a paired difference the seeds resolve.");

        string? cost = Cost(tables, best.Strategy, second.Strategy);
        if (cost is not null) text.Append($" Cost: {cost} of {second.Strategy}.");
        text.Append(" Details: the tables below, `summary.csv` and `paired.csv`.\n\n");
        return text.ToString();
    }

    /// <summary>
    /// "3.80× the gradient steps, 0.43× the distinct training samples and 2.50× the training time", from the means in summary.csv
    /// (training time without the per-epoch evaluations); the data budget sits beside the compute because strategies that draw
    /// fresh samples see more data. Null when none is there.
    /// </summary>
    private static string? Cost(ResultsTables tables, string strategy, string reference)
    {
        var parts = new List<string>();
        foreach ((MetricDescriptor metric, string name) in new[]
                 {
                     (MetricCatalog.GradientSteps, "gradient steps"), (MetricCatalog.DistinctSamples, "distinct training samples"),
                     (MetricCatalog.TrainMs, "training time"),
                 })
        {
            double? a = tables.Summary.FirstOrDefault(r => r.Strategy == strategy && r.Metric == metric.Id)?.Mean;
            double? b = tables.Summary.FirstOrDefault(r => r.Strategy == reference && r.Metric == metric.Id)?.Mean;
            if (a is null || b is null || !(b > 0) || double.IsNaN(a.Value)) continue;
            parts.Add($"{(a.Value / b.Value).ToString("0.00", CultureInfo.InvariantCulture)}× the {name}");
        }
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => $"{string.Join(", ", parts[..^1])} and {parts[^1]}",
        };
    }

    /// <summary>The paired row of <paramref name="a"/> and <paramref name="b"/> turned to read a − b, whichever order paired.csv holds.</summary>
    private static (double Mean, double Low, double High, int N)? Difference(ResultsTables tables, string metric, string a, string b) =>
        ContrastResults.Oriented(tables.Paired, metric, a, b) is { } row ? (row.MeanDifference, row.Ci95Low, row.Ci95High, row.N) : null;

    /// <summary>The interval excludes 0 (one seed has no interval, so nothing is resolved).</summary>
    private static bool Resolved((double Mean, double Low, double High, int N) d) =>
        !double.IsNaN(d.Low) && !double.IsNaN(d.High) && (d.Low > 0 || d.High < 0);

    private static string Describe((double Mean, double Low, double High, int N) d) =>
        NumberFormat.Difference(new PairedRecord("", "", "", "", d.N, d.Mean, 0, 0, d.Low, d.High));
}
