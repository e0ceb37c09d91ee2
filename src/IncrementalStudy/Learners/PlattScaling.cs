namespace IncrementalStudy.Learners;

/// <summary>
/// Platt scaling (Platt 1999, "Probabilistic outputs for support vector machines and comparisons to regularized likelihood
/// methods"): a binary model's score f becomes the probability σ(A·f + B), with A and B minimising the cross-entropy on a
/// calibration set against Platt's smoothed targets t₊ = (N₊ + 1)/(N₊ + 2) for positives and t₋ = 1/(N₋ + 2) for negatives,
/// which keep the fit finite on separable data. Fitted by Newton's method in double with step halving (the problem is convex
/// in (A, B)), as Lin, Lin &amp; Weng (2007) recommend for Platt's algorithm. The calibrated logit A·f + B is what one-vs-all
/// compares across its binary models.
/// </summary>
public sealed record PlattScaling(double A, double B)
{
    public static PlattScaling Identity { get; } = new(1, 0);

    public double Logit(double score) => A * score + B;

    /// <summary>Fits (A, B) on scores and their binary labels; with no positive or no negative it keeps the identity.</summary>
    public static PlattScaling Fit(ReadOnlySpan<float> scores, ReadOnlySpan<bool> positive, int iterations = 100)
    {
        int positives = 0;
        foreach (bool p in positive) if (p) positives++;
        int negatives = positive.Length - positives;
        if (positives == 0 || negatives == 0) return Identity;
        double hi = (positives + 1.0) / (positives + 2.0), lo = 1.0 / (negatives + 2.0);
        double a = 1, b = 0;
        for (int it = 0; it < iterations; it++)
        {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (int i = 0; i < scores.Length; i++)
            {
                double f = scores[i], p = Sigmoid(a * f + b), t = positive[i] ? hi : lo, w = p * (1 - p);
                ga += (p - t) * f;
                gb += p - t;
                haa += w * f * f;
                hab += w * f;
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (!(det > 1e-12)) break;
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            double limit = Loss(scores, positive, hi, lo, a, b) * (1 + 1e-12) + 1e-12, step = 1;
            while (step > 1e-12 && !(Loss(scores, positive, hi, lo, a - step * da, b - step * db) <= limit)) step /= 2;
            if (step <= 1e-12) break;
            a -= step * da;
            b -= step * db;
            if (step * (Math.Abs(da) + Math.Abs(db)) < 1e-12) break;
        }
        return new PlattScaling(a, b);
    }

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    /// <summary>Summed cross-entropy against the smoothed targets, computed stably from the logit.</summary>
    internal static double Loss(ReadOnlySpan<float> scores, ReadOnlySpan<bool> positive, double hi, double lo, double a, double b)
    {
        double loss = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            double z = a * scores[i] + b, t = positive[i] ? hi : lo;
            // −t·log σ(z) − (1 − t)·log(1 − σ(z)) = softplus(z) − t·z
            loss += Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))) - t * z;
        }
        return loss;
    }
}
