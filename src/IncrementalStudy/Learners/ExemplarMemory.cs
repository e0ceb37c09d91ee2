using IncrementalStudy.Data;

namespace IncrementalStudy.Learners;

/// <summary>How many exemplars each class keeps once a number of classes share a memory.</summary>
public abstract record ExemplarSchedule
{
    public abstract int PerClass(int classes);

    /// <summary>The same number for every class, however many there are: the memory grows with the classes.</summary>
    public sealed record Fixed(int Count) : ExemplarSchedule
    {
        public override int PerClass(int classes) => Count;
    }

    /// <summary>A fixed total K shared equally, ⌊K / classes⌋ each (iCaRL's memory, Rebuffi et al. 2017).</summary>
    public sealed record Shared(int Capacity) : ExemplarSchedule
    {
        public override int PerClass(int classes) => classes == 0 ? 0 : Capacity / classes;
    }
}

/// <summary>
/// Exemplar sets per class (Rebuffi et al. 2017, Algorithms 4 and 5): each class keeps its exemplars in the order they were
/// chosen, and when classes arrive every set is cut to the schedule's per-class size by dropping its last exemplars, so the
/// earliest-chosen ones stay.
/// </summary>
public sealed class ExemplarMemory(ExemplarSchedule schedule)
{
    private readonly SortedDictionary<int, Dataset> _sets = [];

    public ExemplarSchedule Schedule { get; } = schedule;
    public IReadOnlyCollection<int> Classes => _sets.Keys;
    public int Count => _sets.Values.Sum(d => d.Count);
    public int FeatureCount => _sets.Count == 0 ? 0 : _sets.Values.First().FeatureCount;

    /// <summary>Exemplars per class once <paramref name="classes"/> classes share the memory.</summary>
    public int PerClass(int classes) => Schedule.PerClass(classes);

    public bool Has(int category) => _sets.ContainsKey(category);

    public Dataset Of(int category) => _sets[category];

    /// <summary>Keeps the first <paramref name="perClass"/> exemplars of every set.</summary>
    public void ReduceTo(int perClass)
    {
        foreach (int c in _sets.Keys.ToList())
            if (_sets[c].Count > perClass) _sets[c] = _sets[c].Select([.. Enumerable.Range(0, perClass)]);
    }

    /// <summary>Stores a new class's exemplars, in the order they were chosen.</summary>
    public void Add(int category, Dataset ordered) => _sets.Add(category, ordered);

    /// <summary>Every set, in class order.</summary>
    public Dataset All(int featureCount) => _sets.Count == 0 ? Dataset.Empty(featureCount) : Dataset.Concat([.. _sets.Values]);
}
