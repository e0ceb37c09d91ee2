using MathNet.Numerics.Distributions;

namespace IncrementalStudy.Evaluation;

/// <summary>One paired difference (a − b over seeds) tested among a family of declared contrasts.</summary>
/// <param name="P">Two-sided p-value of the paired t-test of mean 0 (1 when the seeds cannot test it).</param>
/// <param name="AdjustedLow">Bonferroni-adjusted interval: level 1 − α/m for m contrasts, so all m hold together with probability ≥ 1 − α.</param>
/// <param name="Resolved">Rejected by Holm's step-down procedure at family-wise level α: the sign is settled.</param>
public sealed record AdjustedDifference(int N, double Mean, double Sem, double P, double AdjustedLow, double AdjustedHigh, bool Resolved)
{
    /// <summary>+1 or −1 when resolved, 0 otherwise.</summary>
    public int Sign => Resolved ? Math.Sign(Mean) : 0;

    /// <summary>
    /// The smallest true difference this many seeds would resolve four times in five (paired t, two-sided α/m, 80% power):
    /// (t_{1−α/2m} + t_{0.8})·SEM, with the seeds' own spread; NaN without a spread.
    /// </summary>
    public double MinimumDetectable(double alpha, int family) =>
        N < 2 || double.IsNaN(Sem) ? double.NaN
            : (StudentT.InvCDF(0, 1, N - 1, 1 - alpha / (2 * family)) + StudentT.InvCDF(0, 1, N - 1, 0.8)) * Sem;
}

/// <summary>
/// Holm's step-down procedure (Holm 1979, "A simple sequentially rejective multiple test procedure") over a family of paired
/// differences, with Bonferroni-adjusted intervals. Holm controls the family-wise error rate at α as Bonferroni does and
/// rejects at least as often; the intervals are Bonferroni's, since Holm has no matching intervals.
/// </summary>
public static class MultipleComparisons
{
    public const double Alpha = 0.05;

    /// <summary>Adjusts each (n, mean, sem) of the family; the order of the result is the order of the input.</summary>
    public static IReadOnlyList<AdjustedDifference> Holm(IReadOnlyList<(int N, double Mean, double Sem)> family, double alpha = Alpha)
    {
        int m = family.Count;
        double[] p = [.. family.Select(d => PValue(d.N, d.Mean, d.Sem))];
        int[] order = [.. Enumerable.Range(0, m).OrderBy(i => p[i]).ThenBy(i => i)];
        var resolved = new bool[m];
        for (int k = 0; k < m; k++)
        {
            if (!(p[order[k]] <= alpha / (m - k))) break; // the first acceptance stops the procedure
            resolved[order[k]] = true;
        }
        return [.. Enumerable.Range(0, m).Select(i =>
        {
            (int n, double mean, double sem) = family[i];
            double half = n < 2 || double.IsNaN(sem) ? double.NaN : StudentT.InvCDF(0, 1, n - 1, 1 - alpha / (2 * m)) * sem;
            return new AdjustedDifference(n, mean, sem, p[i], mean - half, mean + half, resolved[i]);
        })];
    }

    /// <summary>Two-sided p of the paired t statistic mean / sem with n − 1 degrees of freedom.</summary>
    public static double PValue(int n, double mean, double sem)
    {
        if (n < 2 || double.IsNaN(mean) || double.IsNaN(sem)) return 1;
        if (sem == 0) return mean == 0 ? 1 : 0; // every seed gave the same difference
        double t = Math.Abs(mean / sem);
        return Math.Min(1, 2 * (1 - StudentT.CDF(0, 1, n - 1, t)));
    }
}
