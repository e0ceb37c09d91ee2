using IncrementalStudy.Data;
using IncrementalStudy.Evaluation;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Recording.Observers;

/// <summary>expansion.csv: the expansion probe on the phase's test and training data; metrics from the first expansion.</summary>
internal sealed class ExpansionObserver : ICaseObserver
{
    private ExpansionProbe? _firstOnTest, _firstOnTrain;

    public void OnExpansion(ExpansionEvent expansion, CaseRecords records)
    {
        PhaseData phase = expansion.Phase;
        foreach ((string name, Dataset set) in new[] { ("test", phase.Test), ("train", phase.Train) })
        {
            ExpansionProbe p = ExpansionProbe.Measure(expansion.Expansion, set);
            if (name == "test") _firstOnTest ??= p;
            else _firstOnTrain ??= p;
            records.Add(StandardTables.Expansion, new ExpansionRecord(records.Experiment, records.Strategy, records.Seed, phase.Number, p.NewCategory, name,
                p.Points, p.OldParametersBitIdentical, p.OldLogitMaxAbsChange, p.NewLogitMin, p.NewLogitMax, p.FlipRate, p.OldLogitsAllNegativeShare,
                p.OldProbMaxAbsChange, p.OldProbMeanAbsChange, p.AccuracyBefore, p.AccuracyAfter, p.LossBefore, p.LossAfter,
                p.OptimizerStateBefore, p.OptimizerStateAfter));
        }
    }

    public void OnCaseEnd(CaseEndEvent end, CaseRecords records)
    {
        ExpansionProbe? test = _firstOnTest, train = _firstOnTrain;
        records.Metric(MetricCatalog.TestAccuracyBeforeExpansion, test?.AccuracyBefore);
        records.Metric(MetricCatalog.TestAccuracyAfterExpansion, test?.AccuracyAfter);
        records.Metric(MetricCatalog.FlipRateAtExpansion, test?.FlipRate);
        records.Metric(MetricCatalog.OldLogitsAllNegativeShare, test?.OldLogitsAllNegativeShare);
        records.Metric(MetricCatalog.OldLogitMaxAbsChange, test?.OldLogitMaxAbsChange);
        records.Metric(MetricCatalog.OldProbMaxAbsChange, test?.OldProbMaxAbsChange);
        records.Metric(MetricCatalog.OldProbMeanAbsChange, test?.OldProbMeanAbsChange);
        records.Metric(MetricCatalog.TrainAccuracyBeforeExpansion, train?.AccuracyBefore);
        records.Metric(MetricCatalog.TrainAccuracyAfterExpansion, train?.AccuracyAfter);
        records.Metric(MetricCatalog.TrainLossBeforeExpansion, train?.LossBefore);
        records.Metric(MetricCatalog.TrainLossAfterExpansion, train?.LossAfter);
    }
}
