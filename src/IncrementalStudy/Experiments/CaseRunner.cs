using System.Diagnostics;
using IncrementalStudy.Data;
using IncrementalStudy.Evaluation;
using IncrementalStudy.Learners;
using IncrementalStudy.Numerics;
using IncrementalStudy.Results;

namespace IncrementalStudy.Experiments;

/// <summary>
/// Runs one case in one explicit loop: for each phase, add the arriving categories (probing every expansion),
/// train, evaluate. Everything random comes from generators named by (experiment, seed, purpose).
/// </summary>
public static class CaseRunner
{
    public static CaseResult Run(ExperimentDefinition definition, RunCase runCase)
    {
        string experiment = definition.Name, strategy = runCase.Strategy.Name;
        int seed = runCase.Seed;
        ScenarioData data = definition.Scenario.Build(experiment, seed);
        var context = new LearnerContext(definition.Network, definition.Fit, data.Phases[0].Categories, data.Sampler,
            purpose => Rng.For(experiment, seed, purpose));
        IIncrementalLearner learner = runCase.Strategy.CreateLearner(context);

        var epochs = new List<EpochRecord>();
        var steps = new List<StepRecord>();
        var perClass = new List<PerClassRecord>();
        var confusion = new List<ConfusionRecord>();
        var expansions = new List<ExpansionRecord>();
        var accuracyMatrix = new List<AccuracyMatrixRecord>();
        var decisionGrid = new List<DecisionGridRecord>();
        Dataset allTest = data.Phases[^1].Test;
        PlaneGrid? grid = seed == ExperimentDefinition.PlotSeed && definition.Network.Inputs == 2 ? PlaneGrid.Over(definition.Scenario.Centers) : null;
        var firstProbe = new Dictionary<string, ExpansionProbe>();
        var phaseTrainings = new List<PhaseTraining>();
        double trainMs = 0;

        foreach (PhaseData phase in data.Phases)
        {
            int oldCategories = learner.Categories;
            while (learner.Categories < phase.Categories)
            {
                if (learner.AddCategory() is not { } expansion) continue;
                foreach ((string name, Dataset set) in new[] { ("test", phase.Test), ("train", phase.Train) })
                {
                    ExpansionProbe probe = ExpansionProbe.Measure(expansion, set);
                    firstProbe.TryAdd(name, probe);
                    expansions.Add(ToRecord(experiment, strategy, seed, phase.Number, name, probe));
                }
            }

            var stopwatch = Stopwatch.StartNew();
            PhaseTraining training = learner.Train(phase);
            double phaseMs = stopwatch.Elapsed.TotalMilliseconds;
            trainMs += phaseMs;
            phaseTrainings.Add(training);

            int cumulativeOffset = (phase.Number - 1) * definition.Fit.Epochs;
            foreach (ModelFit fit in training.Fits)
                foreach (FitEpoch e in fit.Epochs)
                    epochs.Add(new EpochRecord(experiment, strategy, seed, phase.Number, fit.Model, e.Stats.Epoch, cumulativeOffset + e.Stats.Epoch,
                        e.Stats.GradientSteps, e.Stats.RunningLoss, e.Stats.RunningAccuracy, e.Stats.Train.Loss, e.Stats.Train.Accuracy,
                        e.Stats.Test.Loss, e.Stats.Test.Accuracy, e.SystemTestAccuracy));

            int[] predicted = learner.Predict(phase.Test);
            int[] labels = phase.Test.Labels;
            int[] oracle = [.. Enumerable.Range(0, phase.Test.Count).Select(i => data.Sampler.NearestCentre(phase.Test.Row(i), phase.Categories))];
            bool hasOld = phase.Number > 1;
            steps.Add(new StepRecord(experiment, strategy, seed, phase.Number, phase.Categories, phase.Train.Count,
                Accuracy.Of(learner.Predict(phase.Train), phase.Train.Labels),
                Accuracy.Of(predicted, labels),
                hasOld ? Accuracy.Where(predicted, labels, l => l < oldCategories) : null,
                hasOld ? Accuracy.Where(predicted, labels, l => l >= oldCategories) : null,
                Accuracy.Of(oracle, labels),
                training.GradientSteps, phaseMs));

            // R[i][j]: step j's classes are those that phase j brings; classes of later steps count as wrong here.
            int[] predictedAll = learner.Predict(allTest);
            for (int step = 1; step <= data.Phases.Count; step++)
            {
                int first = step == 1 ? 0 : data.Phases[step - 2].Categories, end = data.Phases[step - 1].Categories;
                accuracyMatrix.Add(new AccuracyMatrixRecord(experiment, strategy, seed, phase.Number, step,
                    Accuracy.Where(predictedAll, allTest.Labels, l => l >= first && l < end)));
            }
            if (grid is not null)
            {
                int[] regions = learner.Predict(grid.Points);
                for (int i = 0; i < regions.Length; i++)
                    decisionGrid.Add(new DecisionGridRecord(experiment, strategy, seed, phase.Number, grid.X[i], grid.Y[i], regions[i]));
            }

            long[,] counts = Accuracy.Confusion(predicted, labels, phase.Categories);
            for (int t = 0; t < phase.Categories; t++)
            {
                int testPoints = labels.Count(l => l == t);
                long predictedAs = Enumerable.Range(0, phase.Categories).Sum(r => counts[r, t]);
                ClassSamples samples = training.Samples.FirstOrDefault(s => s.Category == t) ?? new ClassSamples(t, 0, 0);
                perClass.Add(new PerClassRecord(experiment, strategy, seed, phase.Number, t, testPoints,
                    testPoints == 0 ? double.NaN : (double)counts[t, t] / testPoints, (double)predictedAs / labels.Length,
                    samples.Positives, samples.Negatives));
                for (int p = 0; p < phase.Categories; p++)
                    confusion.Add(new ConfusionRecord(experiment, strategy, seed, phase.Number, t, p, counts[t, p]));
            }
        }

        PhaseData last = data.Phases[^1];
        var inference = Stopwatch.StartNew();
        learner.Predict(last.Test);
        double inferenceMs = inference.Elapsed.TotalMilliseconds;
        var cost = new CostRecord(experiment, strategy, seed, trainMs, inferenceMs,
            phaseTrainings.Sum(t => t.GradientSteps), phaseTrainings.Sum(t => t.SamplePresentations),
            phaseTrainings.Sum(t => t.Fits.Sum(f => (long)f.TrainingSamples)), learner.ParameterCount, learner.MultiplyAddsPerPrediction);

        CaseMetrics metrics = Metrics(steps, epochs, perClass, firstProbe, cost, data.Phases);
        MetricRecord[] metricRecords = [.. metrics.Named().Select(m => new MetricRecord(experiment, strategy, seed, m.Name, m.Value))];
        return new CaseResult(strategy, seed, epochs, steps, perClass, confusion, expansions, accuracyMatrix, decisionGrid, cost, metricRecords);
    }

    private static CaseMetrics Metrics(List<StepRecord> steps, List<EpochRecord> epochs, List<PerClassRecord> perClass,
        Dictionary<string, ExpansionProbe> probes, CostRecord cost, IReadOnlyList<PhaseData> phases)
    {
        StepRecord first = steps[0], final = steps[^1];
        ExpansionProbe? test = probes.GetValueOrDefault("test"), train = probes.GetValueOrDefault("train");
        // Only the shared head has a single fit whose loss is a classifier loss; one-vs-all fits are binary.
        EpochRecord? sharedPhase2Epoch1 = epochs.FirstOrDefault(e => e is { Phase: 2, Epoch: 1, Model: "shared" });
        int finalPhase = final.Phase, newestClass = phases[^1].Categories - 1;
        bool newestArrivedLast = phases.Count > 1 && phases[^1].Categories > phases[^2].Categories;
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
            OldClassAccuracyFinal: final.OldAccuracy,
            NewClassRecallFinal: newestArrivedLast ? perClass.Single(r => r.Phase == finalPhase && r.Class == newestClass).Recall : null,
            TrainMs: cost.TrainMs,
            GradientSteps: cost.GradientSteps,
            Parameters: cost.Parameters);
    }

    private static ExpansionRecord ToRecord(string experiment, string strategy, int seed, int phase, string data, ExpansionProbe p) =>
        new(experiment, strategy, seed, phase, p.NewCategory, data, p.Points, p.OldParametersBitIdentical, p.OldLogitMaxAbsChange,
            p.NewLogitMin, p.NewLogitMax, p.FlipRate, p.OldLogitsAllNegativeShare, p.OldProbMaxAbsChange, p.OldProbMeanAbsChange,
            p.AccuracyBefore, p.AccuracyAfter, p.LossBefore, p.LossAfter, p.OptimizerStateBefore, p.OptimizerStateAfter);
}
