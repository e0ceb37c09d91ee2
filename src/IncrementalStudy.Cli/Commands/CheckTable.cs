using System.Globalization;
using IncrementalStudy.Results;

namespace IncrementalStudy.Cli.Commands;

/// <summary>The console table of expectation checks: subject, metric, expectation, observed mean and CI, verdict.</summary>
public static class CheckTable
{
    public static void Write(IReadOnlyList<CheckRecord> checks, TextWriter output)
    {
        if (checks.Count == 0)
        {
            output.WriteLine("  no expectations declared");
            return;
        }
        string[][] rows =
        [
            ["subject", "metric", "expectation", "observed [95% CI]", "verdict"],
            .. checks.Select(c => new[] { c.Subject, c.Metric, c.Expectation, Observed(c), c.Verdict.ToUpperInvariant() + (c.Verdict == "pass" ? "" : $" ({c.Detail})") }),
        ];
        int[] widths = [.. Enumerable.Range(0, 4).Select(i => rows.Max(r => r[i].Length))];
        foreach (string[] row in rows)
            output.WriteLine("  " + string.Join("  ", row.Select((cell, i) => i < 4 ? cell.PadRight(widths[i]) : cell)));
        int failed = checks.Count(c => c.Verdict == "fail");
        output.WriteLine($"  {checks.Count - failed} of {checks.Count} expectations hold" + (failed > 0 ? $"; {failed} failed" : ""));
    }

    private static string Observed(CheckRecord c) =>
        double.IsNaN(c.Observed) ? "—"
        : double.IsNaN(c.Ci95Low) ? F(c.Observed)
        : $"{F(c.Observed)} [{F(c.Ci95Low)}, {F(c.Ci95High)}]";

    private static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
