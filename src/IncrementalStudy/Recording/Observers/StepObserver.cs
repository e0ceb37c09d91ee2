using IncrementalStudy.Data;
using IncrementalStudy.Evaluation;
using IncrementalStudy.Learners;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Recording.Observers;

/// <summary>
/// The classifier at the end of each phase: steps.csv, per_class.csv and confusion.csv, and the accuracy metrics of the
/// first and the last step (old/new split, newest-class attraction, calibration per score family, the Bayes forgetting reference).
/// </summary>
internal sealed class StepObserver(CaseContext context) : ICaseObserver
{
    private StepRecord? _first, _final;
    private double? _newestClassRecall;
    private double _ece = double.NaN;
    private ScoreKind _scoreKind;
    private int[] _finalPredicted = [], _finalLabels = [];

    public void OnPhaseEnd(PhaseEndEvent end, CaseRecords records)
    {
        PhaseData phase = end.Phase;
        IIncrementalLearner learner = end.Learner;
        int[] predicted = end.Evaluation.Predicted;
        int[] labels = phase.Test.Labels;
        double? reference = context.Data.Sampler is IReferenceClassifier oracle
            ? Accuracy.Of([.. Enumerable.Range(0, phase.Test.Count).Select(i => oracle.Classify(phase.Test.Row(i), phase.Categories))], labels)
            : null;
        bool hasOld = phase.Number > 1;
        var step = new StepRecord(records.Experiment, records.Strategy, records.Seed, phase.Number, phase.Categories, phase.Train.Count,
            Accuracy.Of(learner.Predict(phase.Train), phase.Train.Labels),
            Accuracy.Of(predicted, labels),
            IncrementalMetrics.AverageAccuracy(end.Evaluation.Matrix, phase.Number - 1),
            hasOld ? Accuracy.Where(predicted, labels, l => l < end.OldCategories) : null,
            hasOld ? Accuracy.Where(predicted, labels, l => l >= end.OldCategories) : null,
            reference, end.Training.GradientSteps, learner.ParameterCount, learner.MultiplyAddsPerPrediction, end.TrainMs);
        records.Add(StandardTables.Steps, step);
        _first ??= step;
        _final = step;

        bool last = phase.Number == context.Data.Phases.Count;
        int newestFrom = context.Data.Phases.Count > 1 ? context.Data.Phases[^2].Categories : 0;
        long[,] counts = Accuracy.Confusion(predicted, labels, phase.Categories);
        for (int t = 0; t < phase.Categories; t++)
        {
            int testPoints = 0;
            long predictedAs = 0;
            for (int other = 0; other < phase.Categories; other++)
            {
                testPoints += (int)counts[t, other];
                predictedAs += counts[other, t];
            }
            ClassSamples samples = end.Training.Samples.FirstOrDefault(s => s.Category == t) ?? new ClassSamples(t, 0, 0);
            var perClass = new PerClassRecord(records.Experiment, records.Strategy, records.Seed, phase.Number, t, testPoints,
                testPoints == 0 ? double.NaN : (double)counts[t, t] / testPoints, (double)predictedAs / labels.Length,
                samples.Positives, samples.Negatives);
            records.Add(StandardTables.PerClass, perClass);
            if (last && t == newestFrom) _newestClassRecall = perClass.Recall;
            // Sparse: cells with no test point are left out (category-scaling would otherwise write 50² cells per phase).
            for (int p = 0; p < phase.Categories; p++)
                if (counts[t, p] > 0)
                    records.Add(StandardTables.Confusion, new ConfusionRecord(records.Experiment, records.Strategy, records.Seed, phase.Number, t, p, counts[t, p]));
        }

        if (last)
        {
            _scoreKind = learner.ScoreKind;
            float[] scores = learner.Scores(phase.Test);
            _ece = _scoreKind switch
            {
                ScoreKind.SigmoidLogits => Calibration.ExpectedCalibrationErrorSigmoid(scores, learner.Categories, labels),
                ScoreKind.SoftmaxLogits => Calibration.ExpectedCalibrationError(scores, learner.Categories, labels),
                _ => double.NaN,
            };
            (_finalPredicted, _finalLabels) = (predicted, labels);
        }
    }

    public void OnCaseEnd(CaseEndEvent end, CaseRecords records)
    {
        IReadOnlyList<PhaseData> phases = context.Data.Phases;
        int newestFrom = phases.Count > 1 ? phases[^2].Categories : 0;
        bool oneNewestClass = phases.Count > 1 && phases[^1].Categories - newestFrom == 1;
        records.Metric(MetricCatalog.TestAccuracyAfterPhase1, _first!.TestAccuracy);
        records.Metric(MetricCatalog.TrainAccuracyEndOfPhase1, _first.TrainAccuracy);
        records.Metric(MetricCatalog.OracleTestAccuracyAfterPhase1, _first.OracleTestAccuracy);
        records.Metric(MetricCatalog.TestAccuracyFinal, _final!.TestAccuracy);
        records.Metric(MetricCatalog.OracleTestAccuracyFinal, _final.OracleTestAccuracy);
        records.Metric(MetricCatalog.AccuracyAllSeenFinal, _final.TestAccuracy);
        records.Metric(MetricCatalog.NewClassRecallFinal, oneNewestClass ? _newestClassRecall : null);
        records.Metric(MetricCatalog.OldAccuracyFinal, Accuracy.Where(_finalPredicted, _finalLabels, l => l < newestFrom));
        records.Metric(MetricCatalog.NewAccuracyFinal, Accuracy.Where(_finalPredicted, _finalLabels, l => l >= newestFrom));
        records.Metric(MetricCatalog.NewestClassAttractionFinal, Accuracy.NewestClassAttraction(_finalPredicted, _finalLabels, newestFrom));
        records.Metric(MetricCatalog.EceFinal, _scoreKind == ScoreKind.SoftmaxLogits ? _ece : null);
        records.Metric(MetricCatalog.EceSigmoidFinal, _scoreKind == ScoreKind.SigmoidLogits ? _ece : null);
        records.Metric(MetricCatalog.BayesForgettingReference, context.Data.Sampler is IReferenceClassifier oracle ? BayesReference.Forgetting(context.Data, oracle) : null);
    }
}
