using IncrementalStudy.Numerics;

namespace IncrementalStudy.Tests.Numerics;

public class RngTests
{
    [Fact]
    public void Same_seed_same_stream_different_purpose_different_stream()
    {
        Rng first = Rng.For("exp", 1, "data"), second = Rng.For("exp", 1, "data"), other = Rng.For("exp", 1, "init");
        for (int i = 0; i < 100; i++) Assert.Equal(first.NextUInt64(), second.NextUInt64());
        Assert.NotEqual(Rng.For("exp", 1, "data").NextUInt64(), other.NextUInt64());
        Assert.NotEqual(Rng.For("exp", 1, "data").NextUInt64(), Rng.For("exp", 2, "data").NextUInt64());
    }

    [Fact]
    public void Gaussian_draws_have_unit_moments()
    {
        var rng = new Rng(42);
        double[] x = [.. Enumerable.Range(0, 200_000).Select(_ => rng.NextGaussian())];
        double mean = x.Average(), variance = x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
        // Standard errors: mean 1/sqrt(n) = 0.0022, variance sqrt(2/n) = 0.0032; allow 4 of them.
        Assert.InRange(mean, -0.009, 0.009);
        Assert.InRange(variance, 1 - 0.013, 1 + 0.013);
        Assert.InRange(x.Count(v => Math.Abs(v) < 1) / (double)x.Length, 0.6827 - 0.005, 0.6827 + 0.005);
    }

    [Fact]
    public void NextInt_is_uniform_and_in_range()
    {
        var rng = new Rng(7);
        var counts = new int[5];
        for (int i = 0; i < 50_000; i++) counts[rng.NextInt(5)]++;
        Assert.All(counts, c => Assert.InRange(c, 10_000 - 500, 10_000 + 500));
    }

    [Fact]
    public void Shuffle_is_a_permutation()
    {
        int[] items = [.. Enumerable.Range(0, 100)];
        new Rng(3).Shuffle(items.AsSpan());
        Assert.Equal(Enumerable.Range(0, 100), items.Order());
        Assert.NotEqual(Enumerable.Range(0, 100), items);
    }
}
