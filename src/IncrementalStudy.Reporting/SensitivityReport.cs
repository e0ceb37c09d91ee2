using System.Globalization;
using System.Text;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Reporting.Figures;
using IncrementalStudy.Results;

namespace IncrementalStudy.Reporting;

/// <summary>One point of a sweep: its overrides and the summary and paired differences of its results folder.</summary>
public sealed record SweepPoint(string Label, string Folder, IReadOnlyList<SummaryRecord> Summary, IReadOnlyList<PairedRecord> Paired);

/// <summary>An ordering of two strategies whose paired 95% interval excludes 0 at one point and has the other sign at another.</summary>
public sealed record RankingReversal(string StrategyA, string StrategyB, string PointAhead, string PointBehind);

/// <summary>
/// A sweep's sensitivity table, figure and page: the metric per strategy and point, and whether the ranking of the strategies
/// holds across the points, judged on the paired differences (an ordering counts where its 95% interval excludes 0).
/// </summary>
internal static class SensitivityReport
{
    public const string TableFile = "sensitivity.csv";
    public const string PageFile = "sensitivity.md";
    public const string ContrastsFile = "contrasts.csv";

    private static readonly string[] OwnFiles =
        [TableFile, PageFile, ContrastsFile, SensitivityFigure.Name + ".png", SensitivityFigure.Name + ".svg"];

    /// <summary>Refuses a sweep folder that holds anything the sweep does not write (a user's notes, another tool's files).</summary>
    public static void RequireReplaceable(string folder)
    {
        if (!Directory.Exists(folder)) return;
        string[] foreign = [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Where(n => !OwnFiles.Contains(n))];
        if (foreign.Length > 0)
            throw new ResultsFolderException($"{folder} holds {string.Join(", ", foreign)}, which a sweep does not write; move them away or choose another --out (nothing was run).");
    }

    /// <summary>contrasts.csv: the declared contrasts of every point's folder (<see cref="ContrastResults"/>), one row per point and contrast.</summary>
    public static void WriteContrasts(string folder, string axis, IReadOnlyList<(string Value, string Folder)> points)
    {
        var rows = new List<SweepContrastRecord>();
        foreach ((string value, string pointFolder) in points)
            rows.AddRange(ContrastResults.Of(ResultsTables.Read(pointFolder)).Select(r => new SweepContrastRecord(r.Experiment, axis, value,
                r.Contrast.Treatment, r.Contrast.Baseline, r.Contrast.Factor, r.Metric, r.Difference.N, r.Difference.Mean, r.Difference.AdjustedLow,
                r.Difference.AdjustedHigh, r.Difference.Resolved, r.Better)));
        CsvFiles.Write(Path.Combine(folder, ContrastsFile), rows);
    }

    public static (IReadOnlyList<SensitivityRecord> Table, IReadOnlyList<RankingReversal> Reversals) Write(string experiment, string metric,
        string metricLabel, bool higherIsBetter, bool fraction, IReadOnlyList<SweepPoint> points, string folder)
    {
        Directory.CreateDirectory(folder);
        var table = new List<SensitivityRecord>();
        foreach (SweepPoint point in points)
        {
            SummaryRecord[] rows = [.. point.Summary.Where(s => s.Metric == metric)];
            SummaryRecord[] ranked = higherIsBetter ? [.. rows.OrderByDescending(r => r.Mean)] : [.. rows.OrderBy(r => r.Mean)];
            table.AddRange(rows.Select(r => new SensitivityRecord(experiment, point.Label, r.Strategy, metric, r.N, r.Mean, r.Ci95Low, r.Ci95High,
                Array.IndexOf(ranked, r) + 1)));
        }
        CsvFiles.Write(Path.Combine(folder, TableFile), table);

        IReadOnlyList<RankingReversal> reversals = Reversals(metric, points);
        string[] strategies = [.. table.Select(r => r.Strategy).Distinct()];
        string figure = SensitivityFigure.Draw(table, [.. points.Select(p => p.Label)], strategies, metricLabel, fraction, folder);
        File.WriteAllText(Path.Combine(folder, PageFile), Page(experiment, metricLabel, points, table, strategies, reversals, figure));
        return (table, reversals);
    }

    /// <summary>Every pair whose resolved ordering at one point is reversed and resolved at another.</summary>
    public static IReadOnlyList<RankingReversal> Reversals(string metric, IReadOnlyList<SweepPoint> points)
    {
        var result = new List<RankingReversal>();
        var pairs = points.SelectMany(p => p.Paired.Where(d => d.Metric == metric).Select(d => (d.StrategyA, d.StrategyB))).Distinct();
        foreach ((string a, string b) in pairs)
        {
            var signs = points.Select(p => (p.Label, Sign: p.Paired.FirstOrDefault(d => d.Metric == metric && d.StrategyA == a && d.StrategyB == b) switch
            {
                { Ci95Low: > 0 } => 1,
                { Ci95High: < 0 } => -1,
                _ => 0,
            })).ToArray();
            if (signs.FirstOrDefault(s => s.Sign > 0) is { Label: { } ahead } && signs.FirstOrDefault(s => s.Sign < 0) is { Label: { } behind })
                result.Add(new RankingReversal(a, b, ahead, behind));
        }
        return result;
    }

    private static string Page(string experiment, string metricLabel, IReadOnlyList<SweepPoint> points, IReadOnlyList<SensitivityRecord> table,
        IReadOnlyList<string> strategies, IReadOnlyList<RankingReversal> reversals, string figure)
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        var page = new StringBuilder();
        page.Append(inv, $"# Sensitivity of `{experiment}`\n\n");
        page.Append(inv, $"{metricLabel} (mean over seeds, 95% CI, rank) at each point of the sweep; each point's folder (linked) holds its summary.csv and paired.csv; contrasts.csv beside this page holds the experiment's declared contrasts at every point.\n\n");
        page.Append(reversals.Count == 0
            ? "**The ranking holds**: no ordering of two strategies that is resolved at one point (paired 95% CI excluding 0) is resolved the other way at another.\n\n"
            : $"**The ranking does not hold**: {reversals.Count} resolved ordering(s) reverse between points: " +
              string.Join("; ", reversals.Select(r => $"{r.StrategyA} ahead of {r.StrategyB} at {r.PointAhead}, behind at {r.PointBehind}")) + ".\n\n");
        page.Append("| strategy | ").Append(string.Join(" | ", points.Select(p => $"[{p.Label}]({Relative(p.Folder)}/)"))).Append(" |\n");
        page.Append("|---|").Append(string.Concat(points.Select(_ => "---|"))).Append('\n');
        foreach (string strategy in strategies)
        {
            page.Append(inv, $"| {strategy} |");
            foreach (SweepPoint point in points)
                page.Append(table.FirstOrDefault(r => r.Point == point.Label && r.Strategy == strategy) is { } r
                    ? string.Create(inv, $" {r.Mean:F3} [{r.Ci95Low:F3}, {r.Ci95High:F3}] ({r.Rank}) |")
                    : " – |");
            page.Append('\n');
        }
        page.Append(inv, $"\n![{metricLabel} across the sweep]({figure})\n");
        return page.ToString();
    }

    private static string Relative(string folder) => "../" + Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
}
