using System.Diagnostics;
using IncrementalStudy.Data;
using IncrementalStudy.Evaluation;
using IncrementalStudy.Learners;
using IncrementalStudy.Numerics;
using IncrementalStudy.Results;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments;

/// <summary>
/// Runs one case in one explicit loop: for each phase, add the arriving categories (probing every expansion), train,
/// evaluate. Everything random comes from generators named by (experiment, seed, purpose).
/// </summary>
public static class CaseRunner
{
    public static CaseResult Run(ExperimentDefinition definition, RunCase runCase)
    {
        string experiment = definition.Name;
        int seed = runCase.Seed;
        ScenarioData data = definition.Scenario.Build(experiment, seed);
        var context = new LearnerContext(definition.Network, definition.Fit, data.Phases[0].Categories, definition.Scenario.Categories, data.Sampler,
            purpose => Rng.For(experiment, seed, purpose));
        IIncrementalLearner learner = runCase.Strategy.CreateLearner(context);
        PlaneGrid? grid = seed == ExperimentDefinition.PlotSeed && definition.Scenario is GaussianScenario { Inputs: 2 } plane ? PlaneGrid.Over(plane.Centers) : null;
        var recorder = new CaseRecorder(experiment, runCase.Strategy.Name, seed, data, grid);

        foreach (PhaseData phase in data.Phases)
        {
            int oldCategories = learner.Categories;
            while (learner.Categories < phase.Categories)
            {
                int newCategory = learner.Categories;
                if (learner.AddCategory(phase.Train.Where(l => l == newCategory)) is { } expansion)
                    recorder.RecordExpansion(phase, expansion);
            }

            var stopwatch = Stopwatch.StartNew();
            PhaseTraining training;
            try
            {
                training = learner.Train(phase);
            }
            catch (TrainingDivergedException diverged)
            {
                // The other cases go on; this one is recorded as failed with where it happened.
                return CaseResult.FailedCase(runCase.Strategy.Name, seed, $"diverged in phase {phase.Number}: {diverged.Message}");
            }
            double trainMs = stopwatch.Elapsed.TotalMilliseconds;

            recorder.RecordPhase(phase, oldCategories, learner, training, trainMs, (phase.Number - 1) * definition.Fit.Epochs);
        }

        var inference = Stopwatch.StartNew();
        learner.Predict(data.Phases[^1].Test);
        return recorder.Finish(learner, inference.Elapsed.TotalMilliseconds);
    }
}
