using IncrementalStudy.Data;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Recording.Observers;

/// <summary>decision_regions.csv: the predicted category over a grid of the plane (2-D scenarios, plot seed only).</summary>
internal sealed class DecisionRegionObserver(PlaneGrid grid) : ICaseObserver
{
    public void OnPhaseEnd(PhaseEndEvent end, CaseRecords records)
    {
        int[] regions = end.Learner.Predict(grid.Points);
        for (int i = 0; i < regions.Length; i++)
            records.Add(StandardTables.DecisionRegions, new DecisionGridRecord(records.Experiment, records.Strategy, records.Seed, end.Phase.Number, grid.X[i], grid.Y[i], regions[i]));
    }
}
