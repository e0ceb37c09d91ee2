using IncrementalStudy.Evaluation;
using MathNet.Numerics.Distributions;

namespace IncrementalStudy.Tests.Evaluation;

public class MultipleComparisonsTests
{
    [Fact]
    public void Holm_rejects_step_down_and_stops_at_the_first_acceptance()
    {
        // p-values by hand: with n = 11 (10 degrees of freedom), t = mean / sem.
        (int, double, double)[] family = [(11, 5.0, 1.0), (11, 2.3, 1.0), (11, 2.9, 1.0), (11, 0.5, 1.0)];
        double[] p = [.. family.Select(f => 2 * (1 - StudentT.CDF(0, 1, 10, f.Item2 / f.Item3)))];
        // Sorted: 5.0 (p ≈ 0.0005), 2.9 (p ≈ 0.016), 2.3 (p ≈ 0.044), 0.5 (p ≈ 0.63); thresholds 0.05/4, 0.05/3, 0.05/2, 0.05.
        Assert.True(p[0] < 0.05 / 4 && p[2] < 0.05 / 3 && p[1] > 0.05 / 2);
        IReadOnlyList<AdjustedDifference> adjusted = MultipleComparisons.Holm(family);
        Assert.Equal([true, false, true, false], adjusted.Select(a => a.Resolved));
        Assert.Equal(p, adjusted.Select(a => a.P), new DoubleComparer(1e-12));
        // Unadjusted, 2.3 would be resolved (p < 0.05): the family of four is what leaves it unresolved.
        Assert.True(p[1] < 0.05);
    }

    [Fact]
    public void Intervals_are_Bonferroni_at_one_minus_alpha_over_m_and_a_single_contrast_is_the_usual_95_percent_interval()
    {
        AdjustedDifference single = Assert.Single(MultipleComparisons.Holm([(10, 1.0, 0.5)]));
        double t975 = StudentT.InvCDF(0, 1, 9, 0.975);
        Assert.Equal(1 - t975 * 0.5, single.AdjustedLow, 12);
        IReadOnlyList<AdjustedDifference> three = MultipleComparisons.Holm([(10, 1.0, 0.5), (10, 0, 0.5), (10, 0, 0.5)]);
        Assert.Equal(1 + StudentT.InvCDF(0, 1, 9, 1 - 0.05 / 6) * 0.5, three[0].AdjustedHigh, 12);
        Assert.True(three[0].AdjustedHigh - three[0].AdjustedLow > single.AdjustedHigh - single.AdjustedLow);
    }

    [Fact]
    public void Identical_seeds_and_one_seed_are_handled()
    {
        IReadOnlyList<AdjustedDifference> a = MultipleComparisons.Holm([(5, 0.2, 0), (5, 0, 0), (1, 0.3, double.NaN)]);
        Assert.Equal([true, false, false], a.Select(x => x.Resolved));
        Assert.Equal(1, a[2].P);
        Assert.True(double.IsNaN(a[2].AdjustedLow));
    }

    private sealed class DoubleComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
        public int GetHashCode(double obj) => 0;
    }
}
