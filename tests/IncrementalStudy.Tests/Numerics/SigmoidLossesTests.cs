using IncrementalStudy.Numerics;

namespace IncrementalStudy.Tests.Numerics;

public class SigmoidLossesTests
{
    private static readonly float[] Logits = [0.3f, -1.2f, 2.0f, -0.4f, 0.9f, 0.1f];
    private static readonly int[] Labels = [2, 0];

    [Fact]
    public void One_vs_all_is_the_sum_of_binary_cross_entropies_against_the_one_hot_target()
    {
        double expected = 0;
        for (int r = 0; r < 2; r++)
            for (int c = 0; c < 3; c++)
            {
                double p = 1 / (1 + Math.Exp(-(double)Logits[r * 3 + c]));
                expected += c == Labels[r] ? -Math.Log(p) : -Math.Log(1 - p);
            }
        double loss = SigmoidLosses.OneVsAll(Logits, 2, 3, Labels, Span<float>.Empty, 0f, out int correct);
        Assert.Equal(expected, loss, 6);
        Assert.Equal(1, correct); // row 0 argmax 2 = label; row 1 argmax 1 ≠ 0
    }

    [Fact]
    public void One_vs_all_gradient_matches_finite_differences()
    {
        var gradient = new float[6];
        SigmoidLosses.OneVsAll(Logits, 2, 3, Labels, gradient, 0.5f, out _);
        for (int i = 0; i < 6; i++)
        {
            double numeric = CentralDifference(i, z => SigmoidLosses.OneVsAll(z, 2, 3, Labels, Span<float>.Empty, 0f, out _)) * 0.5;
            Assert.Equal(numeric, gradient[i], 4);
        }
    }

    [Fact]
    public void Soft_targets_gradient_matches_finite_differences_and_hard_targets_give_one_vs_all()
    {
        float[] targets = [0.1f, 0.7f, 1f, 0f, 0.5f, 0.25f];
        var gradient = new float[6];
        SigmoidLosses.SoftTargets(Logits, targets, gradient, 1f);
        for (int i = 0; i < 6; i++)
            Assert.Equal(CentralDifference(i, z => SigmoidLosses.SoftTargets(z, targets, Span<float>.Empty, 0f)), gradient[i], 4);

        float[] oneHot = [0, 0, 1, 1, 0, 0];
        Assert.Equal(SigmoidLosses.OneVsAll(Logits, 2, 3, Labels, Span<float>.Empty, 0f, out _),
            SigmoidLosses.SoftTargets(Logits, oneHot, Span<float>.Empty, 0f));
    }

    [Fact]
    public void Extreme_logits_do_not_overflow()
    {
        Assert.Equal(0, SigmoidLosses.Term(200f, 1f), 12);
        Assert.Equal(200, SigmoidLosses.Term(-200f, 1f), 9);
    }

    /// <summary>(f(z + h e_i) − f(z − h e_i)) / 2h with the perturbation taken exactly in double.</summary>
    internal static double CentralDifference(int index, Func<float[], double> f, double h = 1e-3)
    {
        float[] plus = [.. Logits], minus = [.. Logits];
        plus[index] += (float)h;
        minus[index] -= (float)h;
        return (f(plus) - f(minus)) / ((double)plus[index] - minus[index]);
    }
}
