using IncrementalStudy.Evaluation;

namespace IncrementalStudy.Tests.Evaluation;

public class StatisticsTests
{
    [Fact]
    public void Seed_statistics_match_hand_computed_values()
    {
        // 1, 2, 3, 4: mean 2.5, s = sqrt(5/3) = 1.2909944, sem = 0.6454972, t(0.975, 3) = 3.1824463 → ± 2.0542603
        SeedStatistics s = SeedStatistics.Of([1, 2, 3, 4]);
        Assert.Equal(4, s.N);
        Assert.Equal(2.5, s.Mean, 12);
        Assert.Equal(1.2909944, s.Std, 1e-7);
        Assert.Equal(0.6454972, s.Sem, 1e-7);
        Assert.Equal(2.5 - 2.0542603, s.Ci95Low, 1e-7);
        Assert.Equal(2.5 + 2.0542603, s.Ci95High, 1e-7);
    }

    [Fact]
    public void One_value_has_no_spread_and_nan_values_are_left_out()
    {
        SeedStatistics s = SeedStatistics.Of([0.7, double.NaN]);
        Assert.Equal(1, s.N);
        Assert.Equal(0.7, s.Mean);
        Assert.True(double.IsNaN(s.Std) && double.IsNaN(s.Ci95Low));
        Assert.Equal(0, SeedStatistics.Of([]).N);
    }

    [Fact]
    public void Accuracy_helpers_match_a_hand_counted_case()
    {
        int[] predicted = [0, 1, 1, 2, 2, 0], labels = [0, 1, 2, 2, 1, 0];
        Assert.Equal(4.0 / 6, Accuracy.Of(predicted, labels), 12);
        Assert.Equal(3.0 / 4, Accuracy.Where(predicted, labels, l => l < 2), 12);
        Assert.Equal(0.5, Accuracy.Where(predicted, labels, l => l == 2), 12);
        Assert.True(double.IsNaN(Accuracy.Where(predicted, labels, l => l == 7)));
        long[,] confusion = Accuracy.Confusion(predicted, labels, 3);
        Assert.Equal(2, confusion[0, 0]);
        Assert.Equal(1, confusion[1, 2]);
        Assert.Equal(1, confusion[2, 1]);
        Assert.Equal(6, confusion.Cast<long>().Sum());
    }
}
