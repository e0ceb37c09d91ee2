using IncrementalStudy.Learners;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Recording.Observers;

/// <summary>memory.csv: exemplars and extra model copies of learners that keep a <see cref="IMemoryLedger"/> (empty cells otherwise).</summary>
internal sealed class MemoryObserver : ICaseObserver
{
    public void OnPhaseEnd(PhaseEndEvent end, CaseRecords records)
    {
        MemoryUse? now = (end.Learner as IMemoryLedger)?.CurrentMemory, peak = (end.Learner as IMemoryLedger)?.PeakMemory;
        records.Add(StandardTables.Memory, new MemoryRecord(records.Experiment, records.Strategy, records.Seed, end.Phase.Number,
            now?.ExemplarSamples, now?.ExemplarBytes, now?.ModelCopyFloats, peak?.ExemplarBytes, peak?.ModelCopyFloats));
    }
}
