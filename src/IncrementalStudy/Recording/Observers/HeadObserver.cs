using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Recording.Observers;

/// <summary>head.csv: each category's output weight norm and bias after each phase.</summary>
internal sealed class HeadObserver : ICaseObserver
{
    public void OnPhaseEnd(PhaseEndEvent end, CaseRecords records)
    {
        IReadOnlyList<(double WeightNorm, double Bias)> head = end.Learner.HeadWeights();
        for (int c = 0; c < head.Count; c++)
            records.Add(StandardTables.Head, new HeadRecord(records.Experiment, records.Strategy, records.Seed, end.Phase.Number, c, head[c].WeightNorm, head[c].Bias));
    }
}
