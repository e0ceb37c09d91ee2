using IncrementalStudy.Data;

namespace IncrementalStudy.Learners;

/// <summary>
/// iCaRL's fixed-size exemplar memory (Rebuffi et al. 2017, Algorithms 4 and 5): each class keeps its exemplars in the order
/// herding picked them, and when classes arrive every set is cut to m = ⌊K / classes⌋ by dropping its last exemplars, so the
/// earliest-herded ones stay.
/// </summary>
internal sealed class ExemplarMemory(int capacity)
{
    private readonly SortedDictionary<int, Dataset> _sets = [];

    public int Capacity { get; } = capacity;
    public IReadOnlyCollection<int> Classes => _sets.Keys;
    public int Count => _sets.Values.Sum(d => d.Count);

    /// <summary>Exemplars per class once <paramref name="classes"/> classes share the memory.</summary>
    public int PerClass(int classes) => classes == 0 ? 0 : Capacity / classes;

    public bool Has(int category) => _sets.ContainsKey(category);

    public Dataset Of(int category) => _sets[category];

    /// <summary>Keeps the first <paramref name="perClass"/> exemplars of every set.</summary>
    public void ReduceTo(int perClass)
    {
        foreach (int c in _sets.Keys.ToList())
            if (_sets[c].Count > perClass) _sets[c] = _sets[c].Select([.. Enumerable.Range(0, perClass)]);
    }

    /// <summary>Stores a new class's exemplars, in herding order.</summary>
    public void Add(int category, Dataset ordered) => _sets.Add(category, ordered);

    public Dataset All(int featureCount) => _sets.Count == 0 ? Dataset.Empty(featureCount) : Dataset.Concat([.. _sets.Values]);
}
