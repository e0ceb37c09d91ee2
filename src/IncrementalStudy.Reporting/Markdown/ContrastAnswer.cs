using System.Globalization;
using System.Text;
using IncrementalStudy.Evaluation;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;

namespace IncrementalStudy.Reporting.Markdown;

/// <summary>
/// The "Answer" that opens report.md for an experiment that declares its contrasts: each declared pair of arms (differing in
/// one named factor) with its paired difference, Bonferroni-adjusted interval and Holm verdict, the arms' counted costs, and
/// the reference arms as bounds. No arm is called "best": the experiment's question is its contrasts.
/// </summary>
internal static class ContrastAnswer
{
    public static string Section(ResultsTables tables)
    {
        IReadOnlyList<ContrastResult> results = ContrastResults.Of(tables);
        MetricDescriptor? metric = ContrastResults.Metric(tables);
        if (results.Count == 0 || metric is null) return HeadlineAnswer.Section(tables);
        string format = metric.NumberFormat;
        int m = results.Count;
        var text = new StringBuilder("## Answer\n\n");
        text.Append(
            $"This experiment answers {m} declared contrast{(m == 1 ? "" : "s")} on `{metric.Id}` ({metric.Definition}; {(metric.HigherIsBetter == false ? "lower" : "higher")} " +
            "is better). Each is the paired difference treatment − baseline over the same seeds, two arms that differ in the named factor only; " +
            $"intervals are Bonferroni-adjusted 95% intervals (each at level 1 − 0.05/{m}), and a contrast is resolved when Holm's step-down " +
            $"procedure (Holm 1979) rejects a zero difference at family-wise α = 0.05 over the {m}. \"Smallest resolvable\" is the difference these " +
            "seeds would resolve four times in five.\n\n");
        text.Append("| treatment − baseline | what differs | difference [adjusted 95% CI] | verdict | smallest resolvable |\n|---|---|---|---|---|\n");
        foreach (ContrastResult r in results)
        {
            AdjustedDifference d = r.Difference;
            string verdict = d.N < 2 ? "not testable (fewer than 2 seeds)"
                : r.Ahead is { } ahead ? $"**{ahead} better**"
                : d.Sem == 0 && d.Mean == 0 ? "identical on every seed"
                : "unresolved";
            text.Append(CultureInfo.InvariantCulture,
                $"| {r.Contrast.Treatment} − {r.Contrast.Baseline} | {r.Contrast.Factor} | {Interval(d)} (n = {d.N}) | {verdict} | {Plain(r.MinimumDetectable)} |\n");
        }
        static bool Identical(AdjustedDifference d) => d.Sem == 0 && d.Mean == 0;
        string[] unresolved = [.. results.Where(r => r.Difference.N >= 2 && !r.Difference.Resolved && !Identical(r.Difference))
            .Select(r => $"{r.Contrast.Treatment} − {r.Contrast.Baseline}")];
        string[] identical = [.. results.Where(r => r.Difference.N >= 2 && Identical(r.Difference)).Select(r => $"{r.Contrast.Treatment} − {r.Contrast.Baseline}")];
        text.Append(unresolved.Length == 0 ? "\nNo contrast is left unresolved." : $"\nUnresolved (the seeds do not settle the sign): {string.Join("; ", unresolved)}.");
        text.Append(identical.Length == 0 ? "\n\n" : $" Identical on every seed: {string.Join("; ", identical)}.\n\n");

        string[] arms = [.. results.SelectMany(r => new[] { r.Contrast.Treatment, r.Contrast.Baseline }).Distinct()];
        text.Append("Costs of the compared arms, counted (means over seeds; wall time depends on the machine and is secondary):\n\n");
        text.Append("| strategy | training multiply-adds | gradient steps | stored samples at the end | training time (ms) |\n|---|---|---|---|---|\n");
        foreach (string arm in arms)
        {
            ArmCost c = ContrastResults.Cost(tables, arm);
            text.Append(CultureInfo.InvariantCulture,
                $"| {arm} | {Count(c.TrainMultiplyAdds)} | {Count(c.GradientSteps)} | {Count(c.StoredSamples)} | {Count(c.TrainMs)} |\n");
        }
        IReadOnlyList<SummaryRecord> references = ContrastResults.References(tables);
        if (references.Count > 0)
            text.Append("\nReference arms bound the results and are never candidates: ")
                .Append(string.Join(", ", references.Select(r => $"{r.Strategy} {NumberFormat.MeanWithCi(r.Mean, r.Ci95High, format)}")))
                .Append(" (mean ± 95% CI).");
        text.Append(" Every arm's numbers: the tables below, `summary.csv` and `paired.csv`.\n\n");
        return text.ToString();
    }

    private static string Signed(double v) => double.IsNaN(v) ? "n/a" : v.ToString("+0.000;−0.000;0.000", CultureInfo.InvariantCulture);

    public static string Interval(AdjustedDifference d) =>
        double.IsNaN(d.AdjustedLow) ? Signed(d.Mean) : $"{Signed(d.Mean)} [{Signed(d.AdjustedLow)}, {Signed(d.AdjustedHigh)}]";

    private static string Plain(double v) => double.IsNaN(v) ? "—" : v.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>"1.2 G", "340 k" or "12": counts at a glance.</summary>
    public static string Count(double v) => double.IsNaN(v) ? "—" : Math.Abs(v) switch
    {
        >= 1e12 => (v / 1e12).ToString("0.00", CultureInfo.InvariantCulture) + " T",
        >= 1e9 => (v / 1e9).ToString("0.00", CultureInfo.InvariantCulture) + " G",
        >= 1e6 => (v / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + " M",
        >= 1e4 => (v / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " k",
        _ => v.ToString("0", CultureInfo.InvariantCulture),
    };
}
