using IncrementalStudy.Data.Sources;
using IncrementalStudy.Numerics;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Data;

/// <summary>
/// Class-incremental learning on a real data set: step t brings the classes <see cref="Steps"/>[t] (original labels);
/// with <see cref="ShuffleClassOrder"/> the classes are dealt to the steps in an order drawn per seed. Classes are relabelled
/// by arrival (the first class to arrive is 0), so "categories present" is always a prefix. A source without a fixed
/// split is split per seed, stratified, <see cref="TestFraction"/> to test. <see cref="MaxPerClass"/> (for smoke budgets) keeps
/// only the first samples of each class in source order: that many of a pool, or that many training and a quarter as many test
/// samples of a fixed split.
/// </summary>
public sealed record ClassIncrementalScenario(IDatasetSource Source, IReadOnlyList<IReadOnlyList<int>> Steps, bool ShuffleClassOrder = false,
    double TestFraction = 0.2, int? MaxPerClass = null) : IScenario
{
    public int Inputs => Source.Load().Train.FeatureCount;

    public IScenario WithDataLocation(DataLocation location) => this with { Source = Source.LocatedIn(location) };

    public IReadOnlyList<DatasetFingerprint> Datasets() => [Source.Load().Fingerprint(Source.Name)];

    public ScenarioData Build(string experiment, int seed)
    {
        SourceData source = Source.Load();
        (Dataset train, Dataset test) = source.Test is { } fixedTest
            ? (Capped(source.Train, MaxPerClass), Capped(fixedTest, MaxPerClass / 4 + 1))
            : StratifiedSplit(Capped(source.Train, MaxPerClass), TestFraction, Rng.For(experiment, seed, "split"));

        int[] order = [.. Steps.SelectMany(s => s)];
        if (ShuffleClassOrder) Rng.For(experiment, seed, "class-order").Shuffle(order.AsSpan());
        var arrival = order.Select((label, index) => (label, index)).ToDictionary(x => x.label, x => x.index);
        Dataset Arrived(Dataset d) => d.Where(arrival.ContainsKey).Relabel(l => arrival[l]);
        train = Arrived(train);
        test = Arrived(test);

        var phases = new List<PhaseData>();
        int seen = 0;
        for (int p = 0; p < Steps.Count; p++)
        {
            int first = seen;
            seen += Steps[p].Count;
            phases.Add(new PhaseData(p + 1, seen, train.Where(l => l >= first && l < seen), test.Where(l => l < seen)));
        }
        return new ScenarioData(new StoredSamples(train), phases);
    }

    private static Dataset Capped(Dataset data, int? perClass)
    {
        if (perClass is not { } cap) return data;
        var seen = new Dictionary<int, int>();
        int[] keep = [.. Enumerable.Range(0, data.Count).Where(i => (seen[data.Labels[i]] = seen.GetValueOrDefault(data.Labels[i]) + 1) <= cap)];
        return data.Select(keep);
    }

    /// <summary>Per class, a seeded shuffle then the first round(n · fraction) samples to test.</summary>
    public static (Dataset Train, Dataset Test) StratifiedSplit(Dataset data, double testFraction, Rng rng)
    {
        var trainIndices = new List<int>();
        var testIndices = new List<int>();
        foreach (IGrouping<int, int> group in Enumerable.Range(0, data.Count).GroupBy(i => data.Labels[i]).OrderBy(g => g.Key))
        {
            int[] indices = [.. group];
            rng.Shuffle(indices.AsSpan());
            int testCount = (int)Math.Round(indices.Length * testFraction, MidpointRounding.AwayFromZero);
            testIndices.AddRange(indices[..testCount]);
            trainIndices.AddRange(indices[testCount..]);
        }
        trainIndices.Sort();
        testIndices.Sort();
        return (data.Select([.. trainIndices]), data.Select([.. testIndices]));
    }

    public IEnumerable<ValidationError> Validate()
    {
        if (Steps.Count == 0) yield return new ValidationError("Scenario.Steps", "has no step", "give the classes of every step, e.g. [[0, 1], [2, 3]]");
        if (Steps.Any(s => s.Count == 0)) yield return new ValidationError("Scenario.Steps", "has a step without classes", "every step brings at least one class");
        foreach (int duplicate in Steps.SelectMany(s => s).GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key))
            yield return new ValidationError("Scenario.Steps", $"lists class {duplicate} more than once", "each class arrives exactly once");
        if (MaxPerClass is < 2) yield return new ValidationError("Scenario.MaxPerClass", $"is {MaxPerClass}", "keep at least 2 samples per class, or leave it unset for all");
        if (TestFraction is <= 0 or >= 1) yield return new ValidationError("Scenario.TestFraction", $"is {TestFraction}", "use a fraction strictly between 0 and 1, e.g. 0.2");
    }

    public int Categories => Steps.Sum(s => s.Count);

    public string Describe() =>
        $"{Source.Name}: {Steps.Count} steps of {string.Join("/", Steps.Select(s => s.Count).Distinct())} classes " +
        $"({(ShuffleClassOrder ? "class order drawn per seed" : $"order {string.Join(" ", Steps.Select(s => $"[{string.Join(",", s)}]"))}")}); " +
        $"stratified {1 - TestFraction:0.##}/{TestFraction:0.##} train/test split per seed unless the source has a fixed split; classes numbered by arrival" +
        (MaxPerClass is { } cap ? $"; at most {cap} samples per class" : "");
}
