using MathNet.Numerics.Distributions;

namespace IncrementalStudy.Evaluation;

/// <summary>Mean, sample standard deviation, standard error and Student-t 95% confidence interval of per-seed values.</summary>
internal readonly record struct SeedStatistics(int N, double Mean, double Std, double Sem, double Ci95Low, double Ci95High)
{
    /// <summary>NaN values (a metric undefined for a seed) are left out; with one value the spread is NaN.</summary>
    public static SeedStatistics Of(IEnumerable<double> values)
    {
        double[] x = [.. values.Where(v => !double.IsNaN(v))];
        int n = x.Length;
        if (n == 0) return new SeedStatistics(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        double mean = x.Average();
        if (n == 1) return new SeedStatistics(1, mean, double.NaN, double.NaN, double.NaN, double.NaN);
        double std = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        double sem = std / Math.Sqrt(n);
        double halfWidth = StudentT.InvCDF(0, 1, n - 1, 0.975) * sem;
        return new SeedStatistics(n, mean, std, sem, mean - halfWidth, mean + halfWidth);
    }
}
