using MathNet.Numerics.Distributions;

namespace IncrementalStudy.Reporting.Answer;

/// <summary>
/// DerSimonian &amp; Laird (1986) random-effects pooling of study estimates with their standard errors: the between-study
/// variance τ² by the method of moments, the pooled mean with weights 1/(SE² + τ²) and its 95% interval, and Higgins &amp;
/// Thompson's (2002) I², the share of the spread due to heterogeneity rather than chance.
/// </summary>
internal sealed record RandomEffects(int K, double Mean, double Low, double High, double Tau2, double I2)
{
    /// <summary>Above this I² the studies disagree too much for one pooled number to describe them (Higgins et al. 2003: 75% is "high").</summary>
    public const double HighHeterogeneity = 0.75;

    public bool Meaningful => K >= 2 && I2 <= HighHeterogeneity;

    public static RandomEffects? Pool(IReadOnlyList<(double Estimate, double Se)> studies)
    {
        (double Y, double V)[] s = [.. studies.Where(x => double.IsFinite(x.Estimate) && x.Se > 0).Select(x => (x.Estimate, x.Se * x.Se))];
        if (s.Length < 2) return null;
        double[] w = [.. s.Select(x => 1 / x.V)];
        double sw = w.Sum(), fixedMean = s.Select((x, i) => w[i] * x.Y).Sum() / sw;
        double q = s.Select((x, i) => w[i] * (x.Y - fixedMean) * (x.Y - fixedMean)).Sum();
        int df = s.Length - 1;
        double c = sw - w.Sum(x => x * x) / sw;
        double tau2 = Math.Max(0, (q - df) / c);
        double[] wr = [.. s.Select(x => 1 / (x.V + tau2))];
        double mean = s.Select((x, i) => wr[i] * x.Y).Sum() / wr.Sum();
        double se = Math.Sqrt(1 / wr.Sum());
        double z = Normal.InvCDF(0, 1, 0.975);
        double i2 = q > df ? (q - df) / q : 0;
        return new RandomEffects(s.Length, mean, mean - z * se, mean + z * se, tau2, i2);
    }
}
