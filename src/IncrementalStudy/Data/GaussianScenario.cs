using IncrementalStudy.Numerics;

namespace IncrementalStudy.Data;

/// <summary>
/// The seed study's scenario: phase p trains on TrainSizes[p][i] fresh points of category i; the categories
/// present in a phase are the first TrainSizes[p].Count. Test sets hold <see cref="TestPerCategory"/> points per category.
/// </summary>
public sealed record GaussianScenario(IReadOnlyList<double[]> Centers, IReadOnlyList<IReadOnlyList<int>> TrainSizes, int TestPerCategory = 1000)
{
    public GaussianBlobs Blobs => new(Centers);

    /// <summary>All data of one seed. Depends only on (experiment, seed), never on the strategy (paired design).</summary>
    public ScenarioData Build(string experiment, int seed)
    {
        GaussianBlobs blobs = Blobs;
        Dataset[] testByCategory = [.. Enumerable.Range(0, Centers.Count)
            .Select(c => blobs.Sample(c, TestPerCategory, Rng.For(experiment, seed, $"test/category-{c}")))];
        var phases = new List<PhaseData>();
        for (int p = 0; p < TrainSizes.Count; p++)
        {
            int categories = TrainSizes[p].Count;
            Dataset train = blobs.Generate(TrainSizes[p], Rng.For(experiment, seed, $"train/phase-{p + 1}"));
            Dataset test = Dataset.Concat(testByCategory[..categories]);
            phases.Add(new PhaseData(p + 1, categories, train, test));
        }
        return new ScenarioData(blobs, phases);
    }

    public override string ToString() =>
        $"centres {string.Join(" ", Centers.Select(c => $"({string.Join(",", c)})"))}; " +
        $"train sizes {string.Join(" then ", TrainSizes.Select(s => $"[{string.Join(", ", s)}]"))}; " +
        $"{TestPerCategory} test points per category";
}
