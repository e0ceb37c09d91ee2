using IncrementalStudy.Evaluation;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Recording.Observers;

/// <summary>accuracy_matrix.csv (R after every step, on every step's classes) and the metrics of R (docs/design.md §4).</summary>
internal sealed class AccuracyMatrixObserver : ICaseObserver
{
    private StepEvaluation? _last;

    public void OnPhaseEnd(PhaseEndEvent end, CaseRecords records)
    {
        _last = end.Evaluation;
        for (int step = 1; step <= end.Evaluation.Steps; step++)
            records.Add(StandardTables.AccuracyMatrix, new AccuracyMatrixRecord(records.Experiment, records.Strategy, records.Seed, end.Phase.Number, step,
                end.Evaluation.Matrix[end.Phase.Number - 1, step - 1]));
    }

    public void OnCaseEnd(CaseEndEvent end, CaseRecords records)
    {
        double[,] r = _last!.Matrix;
        int steps = _last.Steps;
        // In class-incremental learning the untrained model has no output for the classes of steps after the first, so b_j = 0.
        double[] untrained = new double[steps];
        records.Metric(MetricCatalog.AverageAccuracyFinal, IncrementalMetrics.AverageAccuracy(r, steps - 1));
        records.Metric(MetricCatalog.AverageIncrementalAccuracy, IncrementalMetrics.AverageIncrementalAccuracy(r));
        records.Metric(MetricCatalog.ForgettingMax, IncrementalMetrics.ForgettingMax(r));
        records.Metric(MetricCatalog.ForgettingFirst, IncrementalMetrics.ForgettingFirst(r));
        records.Metric(MetricCatalog.BackwardTransfer, IncrementalMetrics.BackwardTransfer(r));
        records.Metric(MetricCatalog.ForwardTransfer, IncrementalMetrics.ForwardTransfer(r, untrained));
    }
}
