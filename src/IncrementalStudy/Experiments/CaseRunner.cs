using System.Diagnostics;
using IncrementalStudy.Data;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Recording;
using IncrementalStudy.Results;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments;

/// <summary>
/// Runs one case in one explicit loop: for each phase, add the arriving categories, train, evaluate; observers turn the
/// events into records and metrics. Everything random comes from generators named by (experiment, seed, purpose).
/// </summary>
internal static class CaseRunner
{
    public static CaseResult Run(ExperimentDefinition definition, RunCase runCase)
    {
        string experiment = definition.Name;
        int seed = runCase.Seed;
        ScenarioData data = definition.Scenario.Build(experiment, seed);
        var context = new LearnerContext(definition.Network, definition.Fit, data.Phases[0].Categories, definition.Scenario.Categories, data.Sampler,
            purpose => Rng.For(experiment, seed, purpose))
        {
            PhaseCategories = [.. data.Phases.Select(p => p.Categories)],
        };
        IIncrementalLearner learner = runCase.Strategy.CreateLearner(context);
        var caseContext = new CaseContext(experiment, runCase.Strategy.Name, seed, data, definition.Fit,
            seed == ExperimentDefinition.PlotSeed ? definition.Scenario.Plane : null);
        ICaseObserver[] observers = [.. StandardObservers.For(caseContext), .. runCase.Strategy.CreateObservers(caseContext, learner)];
        var records = new CaseRecords(experiment, runCase.Strategy.Name, seed);

        using LogitsMemo.CaseScope memo = LogitsMemo.ForCase();
        StepEvaluation? evaluation = null;
        foreach (PhaseData phase in data.Phases)
        {
            int oldCategories = learner.Categories;
            while (learner.Categories < phase.Categories)
            {
                int newCategory = learner.Categories;
                if (learner.AddCategory(phase.Train.Where(l => l == newCategory)) is { } expansion)
                    using (LogitsMemo.Reusing())
                        foreach (ICaseObserver observer in observers) observer.OnExpansion(new ExpansionEvent(phase, expansion), records);
            }

            var stopwatch = Stopwatch.StartNew();
            MultiplyAddCounts before = MultiplyAddCounter.Snapshot();
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
            MultiplyAddCounts work = MultiplyAddCounter.Snapshot() - before;
            // Training time is the phase's wall-clock time without the per-epoch evaluations, which are timed on their own.
            double trainMs = stopwatch.Elapsed.TotalMilliseconds - work.EvaluationMs;

            // The step's evaluations reuse the forward passes the last epoch's curves already made where the network has
            // not changed since (the shared head's test and training sets).
            using (LogitsMemo.Reusing())
            {
                using (MultiplyAddCounter.Evaluating())
                    evaluation = StepEvaluation.Measure(data, phase, learner.Predict(phase.Test), evaluation);
                var phaseEnd = new PhaseEndEvent(phase, oldCategories, learner, training, trainMs, evaluation, work.EvaluationMs, work.Training, work.Evaluation);
                foreach (ICaseObserver observer in observers) observer.OnPhaseEnd(phaseEnd, records);
            }
        }

        // Timed, so computed afresh (outside Reusing).
        var inference = Stopwatch.StartNew();
        using (MultiplyAddCounter.Evaluating())
            learner.Predict(data.Phases[^1].Test);
        var caseEnd = new CaseEndEvent(learner, inference.Elapsed.TotalMilliseconds);
        foreach (ICaseObserver observer in observers) observer.OnCaseEnd(caseEnd, records);
        return records.Finish();
    }
}
