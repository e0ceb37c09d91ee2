using IncrementalStudy.Learners;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Recording.Observers;

/// <summary>epochs.csv (every fit's learning curve) and the continuity check's loss after the first epoch of phase 2.</summary>
internal sealed class EpochObserver(CaseContext context) : ICaseObserver
{
    private double? _lossAfterFirstPhase2Epoch;

    public void OnPhaseEnd(PhaseEndEvent end, CaseRecords records)
    {
        int cumulativeOffset = (end.Phase.Number - 1) * context.Fit.Epochs;
        foreach (ModelFit fit in end.Training.Fits)
            foreach (FitEpoch e in fit.Epochs)
            {
                records.Add(StandardTables.Epochs, new EpochRecord(records.Experiment, records.Strategy, records.Seed, end.Phase.Number, fit.Model,
                    e.Stats.Epoch, cumulativeOffset + e.Stats.Epoch, e.Stats.GradientSteps, e.Stats.RunningLoss, e.Stats.RunningAccuracy,
                    e.Stats.Train.Loss, e.Stats.Train.Accuracy, e.Stats.Test.Loss, e.Stats.Test.Accuracy, e.SystemTestAccuracy));
                // Only a fit of the whole classifier has a loss comparable with phase 1's; one-vs-all's binary fits do not.
                if (end.Phase.Number == 2 && e.Stats.Epoch == 1 && fit.WholeClassifier) _lossAfterFirstPhase2Epoch ??= e.Stats.Train.Loss;
            }
    }

    public void OnCaseEnd(CaseEndEvent end, CaseRecords records) =>
        records.Metric(MetricCatalog.TrainLossAfterFirstPhase2Epoch, _lossAfterFirstPhase2Epoch);
}
