using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class OvaSamplesSweep : IExperiment
{
    public static readonly int[] SampleCounts = [10, 50, 200, 1000];

    public string Name => "ova-samples-sweep";

    public string Description =>
        "The seed scenario with X in {10, 50, 200, 1000}: one-vs-all (incremental) against a shared head trained on exactly the same X-sample sets.";

    public ExperimentDefinition Define(Budget budget = Budget.Full)
    {
        ExperimentDefinition definition = SeedScenario.Definition(Name, Description, budget, SeedScenario.WithPhase2Sizes(200, 200, 200),
            Strategies(OptimizerSpec.NadamKeras2, HeadInit.Zero));
        Expectation[] always =
        [
            new MetricBound("shared-head-ova-samples-x1000", "test_accuracy_final", AtLeast: 0.74),
            new MetricBound("ova-incremental-x10", "test_accuracy_final", AtMost: 0.65),
        ];
        return definition with
        {
            Contrasts = Contrasts(),
            Expectations = always,
        };
    }

    /// <summary>At each X the shared head against one-vs-all on the very same samples.</summary>
    public static Contrast[] Contrasts() =>
        [.. SampleCounts.Select(x => new Contrast($"shared-head-ova-samples-x{x}", $"ova-incremental-x{x}", $"shared head vs one-vs-all on the same X = {x} samples") { Topic = ContrastTopic.HeadVsOneVsAll, SamplesPerCategory = x })];

    /// <summary>For each X: ova-incremental-xX and shared-head-ova-samples-xX.</summary>
    public static StrategyDefinition[] Strategies(OptimizerSpec optimizer, HeadInit init) =>
    [
        .. SampleCounts.SelectMany(x => new StrategyDefinition[]
        {
            new OneVsAllStrategy($"ova-incremental-x{x}", OneVsAllArm.Incremental, x, optimizer),
            new SharedHeadStrategy($"shared-head-ova-samples-x{x}", new SharedHeadOptions(init, OptimizerHandling.Reset, new Rehearsal.OvaSamples(x)), optimizer),
        }),
    ];
}
