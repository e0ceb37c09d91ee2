using IncrementalStudy.Learners;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Recording.Observers;

/// <summary>
/// epochs.csv (every fit's learning curve) and the continuity check's losses: the shared head's fixed-weight training loss at
/// the end of phase 1, after the first epoch of phase 2, and at the end of the last phase.
/// </summary>
internal sealed class EpochObserver(CaseContext context) : ICaseObserver
{
    private double? _lossAfterFirstPhase2Epoch;
    private double? _lossEndOfPhase1;
    private double? _lossFinal;
    private int _epochsBefore; // epochs of the phases before this one (their longest fit), for the cumulative epoch axis

    public void OnPhaseEnd(PhaseEndEvent end, CaseRecords records)
    {
        int cumulativeOffset = _epochsBefore;
        _epochsBefore += end.Training.Fits.Count == 0 ? context.Fit.Epochs : end.Training.Fits.Max(f => Math.Max(0, f.Epochs.Count - 1));
        foreach (ModelFit fit in end.Training.Fits)
            foreach (FitEpoch e in fit.Epochs)
            {
                records.Add(StandardTables.Epochs, new EpochRecord(records.Experiment, records.Strategy, records.Seed, end.Phase.Number, fit.Model,
                    e.Stats.Epoch, cumulativeOffset + e.Stats.Epoch, e.Stats.GradientSteps, e.Stats.RunningLoss, e.Stats.RunningAccuracy,
                    e.Stats.Train.Loss, e.Stats.Train.Accuracy, e.Stats.Test.Loss, e.Stats.Test.Accuracy, e.SystemTestAccuracy));
                // Only a fit of the whole classifier has a loss comparable with phase 1's; one-vs-all's binary fits do not.
                if (end.Phase.Number == 2 && e.Stats.Epoch == 1 && fit.WholeClassifier) _lossAfterFirstPhase2Epoch ??= e.Stats.Train.Loss;
            }
        if (end.Training.Fits is [{ WholeClassifier: true, Epochs: [.., FitEpoch last] }])
        {
            if (end.Phase.Number == 1) _lossEndOfPhase1 = last.Stats.Train.Loss;
            _lossFinal = last.Stats.Train.Loss;
        }
    }

    public void OnCaseEnd(CaseEndEvent end, CaseRecords records)
    {
        records.Metric(MetricCatalog.TrainLossEndOfPhase1, _lossEndOfPhase1);
        records.Metric(MetricCatalog.TrainLossAfterFirstPhase2Epoch, _lossAfterFirstPhase2Epoch);
        records.Metric(MetricCatalog.TrainLossFinal, _lossFinal);
    }
}
