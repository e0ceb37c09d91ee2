using IncrementalStudy.Evaluation;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Recording.Observers;

/// <summary>
/// accuracy_matrix.csv (R after every step, on every step's classes) and the metrics of R (docs/design.md §4). No forward
/// transfer: in class-incremental steps a class has no output before its step, so FWT is identically 0.
/// </summary>
internal sealed class AccuracyMatrixObserver : ICaseObserver
{
    private StepEvaluation? _last;
    private readonly List<int> _testCounts = [];
    private int _categoriesBefore;

    public void OnPhaseEnd(PhaseEndEvent end, CaseRecords records)
    {
        _last = end.Evaluation;
        // Test samples of this step's classes (the categories it brought), for the sample-weighted all-seen accuracy.
        _testCounts.Add(end.Evaluation.AllTest.Labels.Count(l => l >= _categoriesBefore && l < end.Phase.Categories));
        _categoriesBefore = end.Phase.Categories;
        for (int step = 1; step <= end.Evaluation.Steps; step++)
            records.Add(StandardTables.AccuracyMatrix, new AccuracyMatrixRecord(records.Experiment, records.Strategy, records.Seed, end.Phase.Number, step,
                end.Evaluation.Matrix[end.Phase.Number - 1, step - 1]));
    }

    public void OnCaseEnd(CaseEndEvent end, CaseRecords records)
    {
        double[,] r = _last!.Matrix;
        int steps = _last.Steps;
        records.Metric(MetricCatalog.AverageAccuracyFinal, IncrementalMetrics.AverageAccuracy(r, steps - 1));
        records.Metric(MetricCatalog.AverageIncrementalAccuracy, IncrementalMetrics.AverageIncrementalAccuracy(r, _testCounts));
        records.Metric(MetricCatalog.MeanStepAverageAccuracy, IncrementalMetrics.MeanStepAverageAccuracy(r));
        records.Metric(MetricCatalog.ForgettingMax, IncrementalMetrics.ForgettingMax(r));
        records.Metric(MetricCatalog.ForgettingFirst, IncrementalMetrics.ForgettingFirst(r));
        records.Metric(MetricCatalog.BackwardTransfer, IncrementalMetrics.BackwardTransfer(r));
    }
}
