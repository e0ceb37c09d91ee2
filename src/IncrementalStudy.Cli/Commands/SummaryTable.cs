using System.Globalization;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;

namespace IncrementalStudy.Cli.Commands;

/// <summary>A compact console table: headline metrics per strategy, mean ± 95% CI half-width over seeds.</summary>
public static class SummaryTable
{
    public static void Write(IReadOnlyList<SummaryRecord> summary, TextWriter output)
    {
        string[] strategies = [.. summary.Select(s => s.Strategy).Distinct()];
        int nameWidth = Math.Max("strategy".Length, strategies.Max(s => s.Length));
        const int cellWidth = 17;
        output.WriteLine("  " + "strategy".PadRight(nameWidth) + string.Concat(MetricCatalog.Console.Select(c => c.DisplayName.PadLeft(cellWidth))));
        foreach (string strategy in strategies)
        {
            string cells = string.Concat(MetricCatalog.Console.Select(c =>
            {
                SummaryRecord? row = summary.FirstOrDefault(s => s.Strategy == strategy && s.Metric == c.Id);
                return Format(row).PadLeft(cellWidth);
            }));
            output.WriteLine("  " + strategy.PadRight(nameWidth) + cells);
        }
    }

    private static string Format(SummaryRecord? row)
    {
        if (row is null) return "—";
        string mean = row.Mean.ToString("F3", CultureInfo.InvariantCulture);
        return double.IsNaN(row.Ci95High) ? mean : $"{mean} ± {(row.Ci95High - row.Mean).ToString("F3", CultureInfo.InvariantCulture)}";
    }
}
