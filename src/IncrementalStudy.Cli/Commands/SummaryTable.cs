using System.Globalization;
using IncrementalStudy.Results;

namespace IncrementalStudy.Cli.Commands;

/// <summary>A compact console table: headline metrics per strategy, mean ± 95% CI half-width over seeds.</summary>
public static class SummaryTable
{
    private static readonly (string Metric, string Header)[] Columns =
    [
        ("test_accuracy_after_phase_1", "acc phase 1"),
        ("flip_rate_at_expansion", "flip rate"),
        ("test_accuracy_final", "acc final"),
        ("average_accuracy_final", "A_T"),
        ("forgetting_max", "forgetting"),
    ];

    public static void Write(IReadOnlyList<SummaryRecord> summary, TextWriter output)
    {
        string[] strategies = [.. summary.Select(s => s.Strategy).Distinct()];
        int nameWidth = Math.Max("strategy".Length, strategies.Max(s => s.Length));
        const int cellWidth = 17;
        output.WriteLine("  " + "strategy".PadRight(nameWidth) + string.Concat(Columns.Select(c => c.Header.PadLeft(cellWidth))));
        foreach (string strategy in strategies)
        {
            string cells = string.Concat(Columns.Select(c =>
            {
                SummaryRecord? row = summary.FirstOrDefault(s => s.Strategy == strategy && s.Metric == c.Metric);
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
