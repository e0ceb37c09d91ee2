using IncrementalStudy.Learners;

namespace IncrementalStudy.Tests.Learners;

public class BicTests
{
    [Fact]
    public void Alpha_and_beta_fit_a_hand_case_exactly()
    {
        // One old output fixed at 0 and one new output o: p(new) = σ(α·o + β), a logistic regression on o. At o = +1 three of
        // four samples are new, at o = −1 one of two: σ(α + β) = 3/4 and σ(β − α) = 1/2, so α = β = ln 3 / 2.
        float[] logits = [0, 1, 0, 1, 0, 1, 0, 1, 0, -1, 0, -1];
        int[] labels = [1, 1, 1, 0, 1, 0];
        BiasCorrection fit = BiasCorrection.Fit(logits, 2, labels, firstNew: 1);
        Assert.Equal(Math.Log(3) / 2, fit.Alpha, 9);
        Assert.Equal(Math.Log(3) / 2, fit.Beta, 9);
    }

    [Fact]
    public void Calibrated_logits_keep_the_identity_and_the_identity_changes_nothing()
    {
        // σ(o) matches the label frequencies at o = ±ln 3 (3 of 4 new at +ln 3, 1 of 4 at −ln 3): the identity is optimal.
        float l = (float)Math.Log(3);
        float[] logits = [0, l, 0, l, 0, l, 0, l, 0, -l, 0, -l, 0, -l, 0, -l];
        int[] labels = [1, 1, 1, 0, 1, 0, 0, 0];
        BiasCorrection fit = BiasCorrection.Fit(logits, 2, labels, firstNew: 1);
        Assert.Equal(1, fit.Alpha, 6);
        Assert.Equal(0, fit.Beta, 6);

        float[] scores = [0.5f, -1.25f, 3f, 2f, 0.1f, 7f];
        float[] corrected = [.. scores];
        BiasCorrection.Identity(1).Apply(corrected, 3);
        Assert.Equal(scores, corrected);
        new BiasCorrection(2, 2, -1).Apply(corrected, 3);
        Assert.Equal([0.5f, -1.25f, 5f, 2f, 0.1f, 13f], corrected); // only the new column moves
    }

    [Fact]
    public void An_overshooting_newton_step_is_damped_so_the_fit_reaches_the_optimum_instead_of_diverging()
    {
        // Confident new-class logits whose order alternates between labels (new at 9 and 7, old at 8 and 6): the curvature at
        // the identity is small, and the full Newton step from there diverges (α ≈ −414, loss 2262 against 14.0 at the
        // identity, computed with full steps). Damped, the fit reaches the optimum: one new and one old sample on each side.
        float[] logits = [0, 9, 0, 7, 0, 8, 0, 6];
        int[] labels = [1, 1, 0, 0];
        BiasCorrection fit = BiasCorrection.Fit(logits, 2, labels, firstNew: 1);
        Assert.Equal(0.9081842625600948, fit.Alpha, 6);
        Assert.Equal(-6.811381969200711, fit.Beta, 6);
    }
}
