using IncrementalStudy.Data;
using IncrementalStudy.Evaluation;
using IncrementalStudy.Learners;
using IncrementalStudy.Results;

namespace IncrementalStudy.Experiments;

/// <summary>Measures a case as it runs and turns the measurements into result records and headline metrics.</summary>
internal sealed class CaseRecorder(string experiment, string strategy, int seed, ScenarioData data, PlaneGrid? grid)
{
    private readonly List<EpochRecord> _epochs = [];
    private readonly List<StepRecord> _steps = [];
    private readonly List<PerClassRecord> _perClass = [];
    private readonly List<ConfusionRecord> _confusion = [];
    private readonly List<ExpansionRecord> _expansions = [];
    private readonly List<AccuracyMatrixRecord> _accuracyMatrix = [];
    private readonly List<HeadRecord> _head = [];
    private readonly List<DecisionGridRecord> _decisionGrid = [];
    private readonly List<PhaseTraining> _trainings = [];
    private readonly Dictionary<string, ExpansionProbe> _firstProbe = [];
    private readonly Dataset _allTest = data.Phases[^1].Test;
    private double _trainMs;
    private double _eceFinal = double.NaN;
    private int[] _finalPredicted = [], _finalLabels = [];

    /// <summary>The probe on the phase's test set (all present categories) and on its training data.</summary>
    public void RecordExpansion(PhaseData phase, HeadExpansion expansion)
    {
        foreach ((string name, Dataset set) in new[] { ("test", phase.Test), ("train", phase.Train) })
        {
            ExpansionProbe p = ExpansionProbe.Measure(expansion, set);
            _firstProbe.TryAdd(name, p);
            _expansions.Add(new ExpansionRecord(experiment, strategy, seed, phase.Number, p.NewCategory, name, p.Points, p.OldParametersBitIdentical,
                p.OldLogitMaxAbsChange, p.NewLogitMin, p.NewLogitMax, p.FlipRate, p.OldLogitsAllNegativeShare, p.OldProbMaxAbsChange,
                p.OldProbMeanAbsChange, p.AccuracyBefore, p.AccuracyAfter, p.LossBefore, p.LossAfter, p.OptimizerStateBefore, p.OptimizerStateAfter));
        }
    }

    public void RecordPhase(PhaseData phase, int oldCategories, IIncrementalLearner learner, PhaseTraining training, double trainMs, int cumulativeOffset)
    {
        _trainMs += trainMs;
        _trainings.Add(training);
        foreach (ModelFit fit in training.Fits)
            foreach (FitEpoch e in fit.Epochs)
                _epochs.Add(new EpochRecord(experiment, strategy, seed, phase.Number, fit.Model, e.Stats.Epoch, cumulativeOffset + e.Stats.Epoch,
                    e.Stats.GradientSteps, e.Stats.RunningLoss, e.Stats.RunningAccuracy, e.Stats.Train.Loss, e.Stats.Train.Accuracy,
                    e.Stats.Test.Loss, e.Stats.Test.Accuracy, e.SystemTestAccuracy));

        // R[i][j]: step j's classes are those that phase j brings; classes of later steps count as wrong here.
        int[] predictedAll = learner.Predict(_allTest);
        for (int step = 1; step <= data.Phases.Count; step++)
        {
            int first = step == 1 ? 0 : data.Phases[step - 2].Categories, end = data.Phases[step - 1].Categories;
            _accuracyMatrix.Add(new AccuracyMatrixRecord(experiment, strategy, seed, phase.Number, step,
                Accuracy.Where(predictedAll, _allTest.Labels, l => l >= first && l < end)));
        }

        // The phase's test set is the full test set restricted to the present categories, in order (PhaseData's contract),
        // so its predictions are a subset of those just made rather than a second pass over the data.
        int[] predicted = [.. predictedAll.Where((_, i) => _allTest.Labels[i] < phase.Categories)];
        int[] labels = phase.Test.Labels;
        if (!labels.AsSpan().SequenceEqual([.. _allTest.Labels.Where(l => l < phase.Categories)]))
            throw new InvalidOperationException($"Phase {phase.Number}'s test set is not the full test set restricted to its categories.");
        double? oracle = data.Sampler is GaussianBlobs blobs
            ? Accuracy.Of([.. Enumerable.Range(0, phase.Test.Count).Select(i => blobs.NearestCentre(phase.Test.Row(i), phase.Categories))], labels)
            : null;
        bool hasOld = phase.Number > 1;
        _steps.Add(new StepRecord(experiment, strategy, seed, phase.Number, phase.Categories, phase.Train.Count,
            Accuracy.Of(learner.Predict(phase.Train), phase.Train.Labels),
            Accuracy.Of(predicted, labels),
            IncrementalMetrics.AverageAccuracy(MatrixSoFar(phase.Number), phase.Number - 1),
            hasOld ? Accuracy.Where(predicted, labels, l => l < oldCategories) : null,
            hasOld ? Accuracy.Where(predicted, labels, l => l >= oldCategories) : null,
            oracle, training.GradientSteps, learner.ParameterCount, learner.MultiplyAddsPerPrediction, trainMs));

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
            ClassSamples samples = training.Samples.FirstOrDefault(s => s.Category == t) ?? new ClassSamples(t, 0, 0);
            _perClass.Add(new PerClassRecord(experiment, strategy, seed, phase.Number, t, testPoints,
                testPoints == 0 ? double.NaN : (double)counts[t, t] / testPoints, (double)predictedAs / labels.Length,
                samples.Positives, samples.Negatives));
            // Sparse: cells with no test point are left out (category-scaling would otherwise write 50² cells per phase).
            for (int p = 0; p < phase.Categories; p++)
                if (counts[t, p] > 0)
                    _confusion.Add(new ConfusionRecord(experiment, strategy, seed, phase.Number, t, p, counts[t, p]));
        }

        IReadOnlyList<(double WeightNorm, double Bias)> head = learner.HeadWeights();
        for (int c = 0; c < head.Count; c++)
            _head.Add(new HeadRecord(experiment, strategy, seed, phase.Number, c, head[c].WeightNorm, head[c].Bias));

        if (grid is not null)
        {
            int[] regions = learner.Predict(grid.Points);
            for (int i = 0; i < regions.Length; i++)
                _decisionGrid.Add(new DecisionGridRecord(experiment, strategy, seed, phase.Number, grid.X[i], grid.Y[i], regions[i]));
        }

        if (phase.Number == data.Phases.Count)
        {
            _eceFinal = Calibration.ExpectedCalibrationError(learner.Scores(phase.Test), learner.Categories, labels);
            (_finalPredicted, _finalLabels) = (predicted, labels);
        }
    }

    public CaseResult Finish(IIncrementalLearner learner, double inferenceMs)
    {
        var cost = new CostRecord(experiment, strategy, seed, _trainMs, inferenceMs,
            _trainings.Sum(t => t.GradientSteps), _trainings.Sum(t => t.SamplePresentations),
            _trainings.Sum(t => t.Fits.Sum(f => (long)f.TrainingSamples)), learner.ParameterCount, learner.MultiplyAddsPerPrediction);
        MetricRecord[] metrics = [.. Metrics(cost).Named().Select(m => new MetricRecord(experiment, strategy, seed, m.Metric.Id, m.Value))];
        return new CaseResult(strategy, seed, null, _epochs, _steps, _perClass, _confusion, _expansions, _accuracyMatrix, _head, _decisionGrid, cost, metrics);
    }

    /// <summary>R so far as a square matrix over the steps trained (rows and columns 0 … steps − 1).</summary>
    private double[,] MatrixSoFar(int steps)
    {
        var r = new double[steps, steps];
        foreach (AccuracyMatrixRecord record in _accuracyMatrix.Where(a => a.AfterStep <= steps && a.OnStep <= steps))
            r[record.AfterStep - 1, record.OnStep - 1] = record.Accuracy;
        return r;
    }

    private CaseMetrics Metrics(CostRecord cost)
    {
        IReadOnlyList<PhaseData> phases = data.Phases;
        StepRecord first = _steps[0], final = _steps[^1];
        ExpansionProbe? test = _firstProbe.GetValueOrDefault("test"), train = _firstProbe.GetValueOrDefault("train");
        // Only the shared head has a single fit whose loss is a classifier loss; one-vs-all fits are binary.
        EpochRecord? sharedPhase2Epoch1 = _epochs.FirstOrDefault(e => e is { Phase: 2, Epoch: 1, Model: "shared" });
        double[,] r = MatrixSoFar(phases.Count);
        int newestFrom = phases.Count > 1 ? phases[^2].Categories : 0;
        bool oneNewestClass = phases.Count > 1 && phases[^1].Categories - newestFrom == 1;
        // In class-incremental learning the untrained model has no output for the classes of steps after the first, so b_j = 0.
        double[] untrained = new double[phases.Count];
        return new CaseMetrics(
            TestAccuracyAfterPhase1: first.TestAccuracy,
            TrainAccuracyEndOfPhase1: first.TrainAccuracy,
            OracleTestAccuracyAfterPhase1: first.OracleTestAccuracy,
            TestAccuracyBeforeExpansion: test?.AccuracyBefore,
            TestAccuracyAfterExpansion: test?.AccuracyAfter,
            FlipRateAtExpansion: test?.FlipRate,
            OldLogitsAllNegativeShare: test?.OldLogitsAllNegativeShare,
            OldLogitMaxAbsChange: test?.OldLogitMaxAbsChange,
            OldProbMaxAbsChange: test?.OldProbMaxAbsChange,
            OldProbMeanAbsChange: test?.OldProbMeanAbsChange,
            TrainAccuracyBeforeExpansion: train?.AccuracyBefore,
            TrainAccuracyAfterExpansion: train?.AccuracyAfter,
            TrainLossBeforeExpansion: train?.LossBefore,
            TrainLossAfterExpansion: train?.LossAfter,
            TrainLossAfterFirstPhase2Epoch: sharedPhase2Epoch1?.TrainLoss,
            TestAccuracyFinal: final.TestAccuracy,
            NewClassRecallFinal: oneNewestClass ? _perClass.Single(p => p.Phase == final.Phase && p.Class == newestFrom).Recall : null,
            AverageAccuracyFinal: IncrementalMetrics.AverageAccuracy(r, phases.Count - 1),
            AverageIncrementalAccuracy: IncrementalMetrics.AverageIncrementalAccuracy(r),
            ForgettingMax: IncrementalMetrics.ForgettingMax(r),
            ForgettingFirst: IncrementalMetrics.ForgettingFirst(r),
            BackwardTransfer: IncrementalMetrics.BackwardTransfer(r),
            ForwardTransfer: IncrementalMetrics.ForwardTransfer(r, untrained),
            OldAccuracyFinal: Accuracy.Where(_finalPredicted, _finalLabels, l => l < newestFrom),
            NewAccuracyFinal: Accuracy.Where(_finalPredicted, _finalLabels, l => l >= newestFrom),
            NewestClassAttractionFinal: Accuracy.NewestClassAttraction(_finalPredicted, _finalLabels, newestFrom),
            EceFinal: _eceFinal,
            TrainMs: cost.TrainMs,
            GradientSteps: cost.GradientSteps,
            Parameters: cost.Parameters);
    }
}
