using IncrementalStudy.Learners;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Tests.Learners;

public class PlattScalingTests
{
    [Fact]
    public void The_fit_minimises_the_cross_entropy_against_Platts_smoothed_targets()
    {
        var rng = new Rng(3);
        float[] scores = [.. Enumerable.Range(0, 200).Select(i => (float)((i % 2 == 0 ? 1.5 : -0.5) + 2 * rng.NextGaussian()))];
        bool[] positive = [.. Enumerable.Range(0, 200).Select(i => i % 2 == 0)];
        PlattScaling fit = PlattScaling.Fit(scores, positive);

        double hi = 101.0 / 102, lo = 1.0 / 102;
        double best = PlattScaling.Loss(scores, positive, hi, lo, fit.A, fit.B);
        // Every neighbour on a fine grid is no better, and the gradient (computed by hand) vanishes.
        foreach (double da in new[] { -1e-3, 0, 1e-3 })
            foreach (double db in new[] { -1e-3, 0, 1e-3 })
                Assert.True(PlattScaling.Loss(scores, positive, hi, lo, fit.A + da, fit.B + db) >= best - 1e-9);
        double ga = 0, gb = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            double p = 1 / (1 + Math.Exp(-(fit.A * scores[i] + fit.B))), t = positive[i] ? hi : lo;
            ga += (p - t) * scores[i];
            gb += p - t;
        }
        Assert.InRange(Math.Abs(ga) + Math.Abs(gb), 0, 1e-6);
        Assert.True(fit.A > 0); // higher scores stay more likely positive
    }

    [Fact]
    public void Separable_scores_give_a_finite_fit_and_one_sided_sets_the_identity()
    {
        float[] scores = [-3, -2, -1, 1, 2, 3];
        bool[] positive = [false, false, false, true, true, true];
        PlattScaling fit = PlattScaling.Fit(scores, positive);
        Assert.True(double.IsFinite(fit.A) && fit.A is > 0 and < 100);
        // The smoothed targets are 4/5 and 1/5: the calibrated probability of the extreme scores is near them, not 1 and 0.
        double top = 1 / (1 + Math.Exp(-fit.Logit(3)));
        Assert.InRange(top, 0.75, 0.95);
        Assert.Equal(PlattScaling.Identity, PlattScaling.Fit(scores, [true, true, true, true, true, true]));
    }
}
