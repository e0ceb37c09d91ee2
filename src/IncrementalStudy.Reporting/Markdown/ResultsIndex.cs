using System.Text;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;

namespace IncrementalStudy.Reporting.Markdown;

/// <summary>
/// The table of results/README.md: per results folder, its headline metric (<see cref="HeadlineAnswer.Metric"/>) for every
/// strategy as mean ± 95% CI half-width, from the folder's own summary.csv, so the index quotes no number by hand.
/// </summary>
internal static class ResultsIndex
{
    public const string Header = "| experiment | headline metric | per strategy (mean ± 95% CI half-width) |\n|---|---|---|\n";

    /// <summary>The header and one row per folder of <paramref name="resultsDirectory"/> named in <paramref name="experiments"/>, in that order.</summary>
    public static string Table(string resultsDirectory, IEnumerable<string> experiments)
    {
        var text = new StringBuilder(Header);
        foreach (string experiment in experiments) text.Append(Row(experiment, ResultsTables.Read(Path.Combine(resultsDirectory, experiment)))).Append('\n');
        return text.ToString();
    }

    public static string Row(string experiment, ResultsTables tables)
    {
        MetricDescriptor metric = HeadlineAnswer.Metric(tables) ?? throw new ResultsFolderException($"{experiment} has no headline metric to index.");
        SummaryRecord[] rows = [.. tables.Strategies
            .Select(s => tables.Summary.FirstOrDefault(r => r.Strategy == s && r.Metric == metric.Id))
            .OfType<SummaryRecord>()];
        string cells = string.Join("; ", rows.Select(r => $"{r.Strategy} {NumberFormat.MeanWithCi(r.Mean, r.Ci95High, metric.NumberFormat)}"));
        return $"| [`{experiment}`]({experiment}/report.md#answer) ({rows.Max(r => r.N)} seeds) | `{metric.Id}` | {cells} |";
    }
}
