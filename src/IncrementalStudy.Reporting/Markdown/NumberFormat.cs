using System.Globalization;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;

namespace IncrementalStudy.Reporting.Markdown;

internal static class NumberFormat
{
    /// <summary>"0.772 ± 0.004" (mean ± 95% CI half-width), or the mean alone when there is no spread.</summary>
    public static string MeanWithCi(double mean, double ciHigh, string format)
    {
        string m = mean.ToString(format, CultureInfo.InvariantCulture);
        double half = ciHigh - mean;
        return double.IsNaN(half) || half == 0 ? m : $"{m} ± {half.ToString(format, CultureInfo.InvariantCulture)}";
    }

    /// <summary>A summary row in its metric's number format (three decimals for a metric this build does not know).</summary>
    public static string Cell(SummaryRecord? row) => row is null ? "—" : MeanWithCi(row.Mean, row.Ci95High, MetricCatalog.Find(row.Metric)?.NumberFormat ?? "F3");

    /// <summary>"+0.045 [+0.030, +0.060]" with the sign spelled out.</summary>
    public static string Difference(PairedRecord row)
    {
        static string Signed(double v) => double.IsNaN(v) ? "n/a" : v.ToString("+0.000;−0.000;0.000", CultureInfo.InvariantCulture);
        return double.IsNaN(row.Ci95Low) ? Signed(row.MeanDifference) : $"{Signed(row.MeanDifference)} [{Signed(row.Ci95Low)}, {Signed(row.Ci95High)}]";
    }
}
