using System.Globalization;
using System.Text;
using IncrementalStudy.Evaluation;
using IncrementalStudy.Reporting.Figures;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;

namespace IncrementalStudy.Reporting.Markdown;

/// <summary>report.md: description, the answer, definition, results, paired differences, the expansion probe, figures and provenance.</summary>
internal static class MarkdownReport
{
    public static string Render(ResultsTables tables, IReadOnlyList<IFigure> figures)
    {
        var manifest = tables.Manifest;
        var text = new StringBuilder();
        text.Append($"# {manifest.Experiment}\n\n{manifest.Description}\n\n");
        text.Append(ContrastAnswer.Section(tables));
        text.Append("## Definition\n\n");
        foreach (string part in manifest.Definition.Split("; ", StringSplitOptions.RemoveEmptyEntries))
            text.Append($"- {part}\n");
        text.Append($"\n{manifest.Cases} cases ({manifest.Strategies.Count} strategies × {manifest.Seeds} seeds). Every strategy sees the same data and " +
                    "initial body weights on a given seed, so differences on a seed are paired.\n\n");

        AppendResults(text, tables);
        AppendPaired(text, tables);
        AppendProbe(text, tables);
        AppendChecks(text, tables);

        text.Append("## Figures\n\n");
        foreach (IFigure figure in figures)
            text.Append($"### {figure.Name}\n\n{figure.Caption}\n\n![{figure.Name}]({ArtifactNames.PlotsFolder}/{figure.Name}.png)\n\n" +
                        $"[SVG]({ArtifactNames.PlotsFolder}/{figure.Name}.svg)\n\n");

        text.Append("## Provenance\n\n");
        text.Append($"- command: `{manifest.CommandLine}`\n");
        text.Append($"- git commit: `{manifest.GitCommit ?? "unknown"}`\n");
        text.Append($"- started {manifest.StartedUtc:yyyy-MM-dd HH:mm:ss} UTC, finished {manifest.FinishedUtc:yyyy-MM-dd HH:mm:ss} UTC, status {manifest.Status}, {manifest.Threads} thread(s)\n");
        text.Append($"- machine: {manifest.Machine.Os}, {manifest.Machine.Architecture}, {manifest.Machine.LogicalCores} logical cores, {manifest.Machine.Runtime}\n");
        if (manifest.IncstudyVersion is { } version) text.Append($"- incstudy version: {version}\n");
        text.Append($"- versions: {string.Join(", ", manifest.Versions.Select(v => $"{v.Key} {v.Value}"))}\n");
        text.Append("\nAll numbers above come from the CSV files in this folder (`summary.csv`, `paired.csv`, `expansion.csv`); " +
                    "`incstudy report` redraws this report and the figures from them without retraining.\n");
        return text.ToString();
    }

    private static void AppendResults(StringBuilder text, ResultsTables tables)
    {
        string[] metrics = [.. MetricCatalog.Headline.Select(m => m.Id).Where(m => tables.Summary.Any(s => s.Metric == m))];
        text.Append("## Results\n\nMean ± 95% CI half-width over seeds (Student t); — = does not apply. Metric names are explained in the " +
                    "main README; every metric is in `summary.csv`.\n\n");
        text.Append(MarkdownTable.Render(["metric", .. tables.Strategies],
            metrics.Select(m => (IReadOnlyList<string>)
                [m, .. tables.Strategies.Select(strategy => NumberFormat.Cell(tables.Summary.FirstOrDefault(s => s.Strategy == strategy && s.Metric == m)))])));
        text.Append('\n');
    }

    private static void AppendPaired(StringBuilder text, ResultsTables tables)
    {
        // With declared contrasts, the pairs they name (on more metrics than the headline); otherwise every pair.
        HashSet<(string, string)>? declared = tables.Manifest.Contrasts is { Count: > 0 } contrasts
            ? [.. contrasts.SelectMany(c => new[] { (c.Treatment, c.Baseline), (c.Baseline, c.Treatment) })]
            : null;
        PairedRecord[] rows = [.. MetricCatalog.Paired.SelectMany(m => tables.Paired.Where(p => p.Metric == m.Id
            && (declared is null || declared.Contains((p.StrategyA, p.StrategyB)))))];
        if (rows.Length == 0) return;
        text.Append("## Paired differences\n\nStrategy a − strategy b on the same seeds, mean [95% CI, not adjusted]. An interval that excludes 0 " +
                    $"is a difference the seeds resolve. {(declared is null ? "" : "The pairs of the declared contrasts; ")}Every pair and metric is in `paired.csv`.\n\n");
        text.Append(MarkdownTable.Render(["metric", "a", "b", "n", "a − b"],
            rows.Select(p => (IReadOnlyList<string>)[p.Metric, p.StrategyA, p.StrategyB, p.N.ToString(CultureInfo.InvariantCulture), NumberFormat.Difference(p)])));
        text.Append('\n');
    }

    private static void AppendChecks(StringBuilder text, ResultsTables tables)
    {
        if (tables.Checks.Count == 0) return;
        int failed = tables.Checks.Count(c => c.Verdict == "fail");
        text.Append($"## Expectations\n\nThe claims this experiment declares at its {tables.Manifest.Budget ?? "full"} budget, checked against " +
                    $"`summary.csv` and `paired.csv` (`incstudy check`): {tables.Checks.Count - failed} of {tables.Checks.Count} hold. Per-row detail is in `checks.csv`.\n\n");
        text.Append(MarkdownTable.Render(["subject", "metric", "expectation", "observed [95% CI]", "verdict"],
            tables.Checks.Select(c => (IReadOnlyList<string>)
            [
                c.Subject, c.Metric, c.Expectation,
                double.IsNaN(c.Observed) ? "—" : double.IsNaN(c.Ci95Low)
                    ? c.Observed.ToString("0.####", CultureInfo.InvariantCulture)
                    : $"{c.Observed.ToString("0.####", CultureInfo.InvariantCulture)} [{c.Ci95Low.ToString("0.####", CultureInfo.InvariantCulture)}, {c.Ci95High.ToString("0.####", CultureInfo.InvariantCulture)}]",
                c.Verdict,
            ])));
        text.Append('\n');
    }

    private static void AppendProbe(StringBuilder text, ResultsTables tables)
    {
        if (tables.Expansion.Count == 0) return;
        int phase = tables.Expansion.Min(r => r.Phase);
        (string Name, Func<ExpansionRecord, double> Value)[] columns =
        [
            ("old params bit-identical", r => r.OldParamsBitIdentical ? 1 : 0),
            ("max |Δ old logit|", r => r.OldLogitMaxAbsChange),
            ("new logit range", r => r.NewLogitMax - r.NewLogitMin),
            ("flip rate", r => r.FlipRate),
            ("old logits all < 0", r => r.OldLogitsAllNegativeShare),
            ("max |Δ p old|", r => r.OldProbMaxAbsChange),
            ("accuracy before", r => r.AccuracyBefore),
            ("accuracy after", r => r.AccuracyAfter),
        ];
        text.Append($"## Expansion probe\n\nMeasured when category {tables.Expansion.First(r => r.Phase == phase).NewClass} is added (phase {phase}), " +
                    "before any update; mean ± 95% CI over seeds (bit-identical: share of seeds). Rows per data set: `test` = test set of all " +
                    "present categories, `train` = the phase's training data. Per-seed values are in `expansion.csv`.\n\n");
        var rows = new List<IReadOnlyList<string>>();
        foreach (string strategy in tables.Strategies)
            foreach (string data in new[] { "test", "train" })
            {
                ExpansionRecord[] records = [.. tables.Expansion.Where(r => r.Strategy == strategy && r.Data == data && r.Phase == phase)];
                if (records.Length == 0) continue;
                rows.Add([strategy, data, .. columns.Select(c =>
                {
                    SeedStatistics s = SeedStatistics.Of(records.Select(c.Value));
                    return NumberFormat.MeanWithCi(s.Mean, s.Ci95High, "F3");
                })]);
            }
        text.Append(MarkdownTable.Render(["strategy", "data", .. columns.Select(c => c.Name)], rows));
        text.Append('\n');
    }
}
