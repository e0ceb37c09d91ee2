using IncrementalStudy.Numerics;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Data;

/// <summary>
/// The seed study's scenario: phase p trains on TrainSizes[p][i] fresh points of category i; the categories
/// present in a phase are the first TrainSizes[p].Count. Test sets hold <see cref="TestPerCategory"/> points per category.
/// </summary>
public sealed record GaussianScenario(IReadOnlyList<double[]> Centers, IReadOnlyList<IReadOnlyList<int>> TrainSizes, int TestPerCategory = 1000) : IScenario
{
    public int Inputs => Centers[0].Length;

    public int Categories => TrainSizes.Count == 0 ? 0 : TrainSizes[^1].Count;

    internal GaussianBlobs Blobs => new(Centers);

    public PlaneGrid? Plane => Inputs == 2 ? PlaneGrid.Over(Centers) : null;

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

    public IEnumerable<ValidationError> Validate()
    {
        if (TrainSizes.Count == 0) yield return new ValidationError("Scenario.TrainSizes", "has no phase", "give at least one phase of training sizes");
        if (TestPerCategory < 1) yield return new ValidationError("Scenario.TestPerCategory", $"is {TestPerCategory}", "use at least 1 test point per category (1000 by default)");
        if (Centers.Count == 0 || Centers.Any(c => c.Length != Centers[0].Length))
            yield return new ValidationError("Scenario.Centers", "are missing or differ in dimension", "give every centre the same number of coordinates");
        for (int p = 0; p < TrainSizes.Count; p++)
        {
            IReadOnlyList<int> sizes = TrainSizes[p];
            string field = $"Scenario.TrainSizes[{p}]";
            if (sizes.Any(s => s < 0)) yield return new ValidationError(field, "contains a negative size", "sizes are sample counts, 0 or more");
            if (sizes.Count > Centers.Count) yield return new ValidationError(field, $"names {sizes.Count} categories but there are {Centers.Count} centres", "add a centre per category");
            if (sizes.Count < (p == 0 ? 1 : TrainSizes[p - 1].Count))
                yield return new ValidationError(field, "has fewer categories than the phase before", "categories only arrive; list every present category, with 0 for those without new samples");
        }
    }

    public string Describe() => ToString();

    public override string ToString() =>
        (Centers.Count <= 5 ? $"centres {string.Join(" ", Centers.Select(c => $"({string.Join(",", c)})"))}; " : $"{Centers.Count} Gaussian categories in {Inputs} dimensions; ") +
        (TrainSizes.Count <= 4 ? $"train sizes {string.Join(" then ", TrainSizes.Select(s => $"[{string.Join(", ", s)}]"))}; " : $"{TrainSizes.Count} phases, up to {TrainSizes.Max(s => s.Max())} new points per category; ") +
        $"{TestPerCategory} test points per category";
}
