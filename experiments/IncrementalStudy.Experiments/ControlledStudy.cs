using IncrementalStudy.Data;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary>
/// The controlled comparison: categories arrive one at a time after the first two, in a class order drawn per seed, and
/// every pair of arms a contrast compares differs in its named factor only. Every method that stores samples holds the
/// same memory at every step: K samples in total, shared equally by the classes seen so far (iCaRL's schedule), with the
/// same random draws where the selection is random; one-vs-all takes its "rest" samples from that memory and every sample
/// of the new category, as the shared head does. New outputs are Glorot-random with the optimizer reset unless the arm's
/// name says otherwise.
/// </summary>
internal static class ControlledStudy
{
    /// <summary>Two classes first, then one per step: [[0, 1], [2], …, [classes − 1]].</summary>
    public static IReadOnlyList<IReadOnlyList<int>> OneAtATime(int classes) =>
        [[0, 1], .. Enumerable.Range(2, classes - 2).Select(c => (IReadOnlyList<int>)[c])];

    public static ClassIncrementalScenario Scenario(IDatasetSource source, int classes, int? maxPerClass = null) =>
        new(source, OneAtATime(classes), ShuffleClassOrder: true, TestFraction: 0.2, MaxPerClass: maxPerClass);

    public static readonly string[] References = ["naive", "joint-scratch"];

    /// <param name="memory">K, the stored samples every memory-based arm holds at every step.</param>
    /// <param name="ewcLambda">EWC's λ (its sensitivity is its own sweep).</param>
    /// <param name="fisherSamples">Samples of each step EWC's Fisher is estimated on (null: all).</param>
    public static StrategyDefinition[] Strategies(int memory, double ewcLambda, int? fisherSamples = null)
    {
        OptimizerSpec adam = StandardStrategies.Adam;
        var fixedTotal = new Rehearsal.FixedTotal(memory, ReplaySelection.Random);
        SharedHeadStrategy replay = StandardStrategies.SharedHead("replay", fixedTotal);
        return
        [
            StandardStrategies.SharedHead("naive", Rehearsal.Naive),
            StandardStrategies.SharedHead("joint-scratch", new Rehearsal.JointScratch()),
            replay,
            StandardStrategies.SharedHead("replay-zero-reset", fixedTotal, HeadInit.Zero, OptimizerHandling.Reset),
            StandardStrategies.SharedHead("replay-random-carry", fixedTotal, HeadInit.Random, OptimizerHandling.Carry),
            StandardStrategies.SharedHead("replay-herding", fixedTotal with { Selection = ReplaySelection.Herding }),
            replay with { Name = "replay-lwf", Options = replay.Options with { Regularizers = [new Regularizer.Lwf()] } },
            SharedHeadStrategy.Icarl("icarl", adam, memory, nearestMean: true),
            SharedHeadStrategy.Bic("bic", adam, memory),
            SharedHeadStrategy.LwF("lwf", adam),
            SharedHeadStrategy.Ewc("ewc", adam, ewcLambda, fisherSamples: fisherSamples),
            new OneVsAllStrategy("ova", OneVsAllArm.Incremental, OneVsAllStrategy.AllSamples, adam) { MemorySize = memory },
            new OneVsAllStrategy("ova-calibrated", OneVsAllArm.Incremental, OneVsAllStrategy.AllSamples, adam) { MemorySize = memory, Calibrated = true },
            new OneVsAllStrategy("ova-refit", OneVsAllArm.RefitAll, OneVsAllStrategy.AllSamples, adam) { MemorySize = memory },
        ];
    }

    /// <summary>The questions the arms are built for, each pair differing in one factor.</summary>
    public static Contrast[] Contrasts(int memory) =>
    [
        new("replay", "ova", $"shared head vs one-vs-all, same memory (K = {memory}) and the same new-category samples") { Topic = ContrastTopic.HeadVsOneVsAll },
        new("replay", "ova-calibrated", $"shared head vs one-vs-all with Platt-calibrated scores, same memory (K = {memory}) and new-category samples") { Topic = ContrastTopic.HeadVsOneVsAll },
        new("ova-calibrated", "ova", "one-vs-all with vs without calibrated scores") { Topic = ContrastTopic.OneVsAllVariant },
        new("ova-refit", "ova", "one-vs-all retraining every binary model vs training only the new one") { Topic = ContrastTopic.OneVsAllVariant },
        new("replay", "replay-zero-reset", "random vs zero initialisation of the new output (optimizer reset)") { Topic = ContrastTopic.HeadGrowth },
        new("replay-random-carry", "replay", "optimizer state kept vs reset when the head grows (random initialisation)") { Topic = ContrastTopic.HeadGrowth },
        new("replay-herding", "replay", "herded vs random choice of the stored samples") { Topic = ContrastTopic.StoredSamples },
        new("icarl", "replay", "iCaRL vs plain replay at the same memory") { Topic = ContrastTopic.StoredSamples },
        new("bic", "replay", "BiC vs plain replay at the same memory") { Topic = ContrastTopic.StoredSamples },
        new("replay-lwf", "replay", "distillation (LwF) added to replay") { Topic = ContrastTopic.StoredSamples },
        new("lwf", "naive", "distillation (LwF) without stored samples") { Topic = ContrastTopic.WithoutStoredSamples },
        new("ewc", "naive", "EWC without stored samples") { Topic = ContrastTopic.WithoutStoredSamples },
    ];

    /// <param name="measured">The full budget's claims, read from the committed run.</param>
    public static ExperimentDefinition Define(string name, string description, IScenario scenario, INetworkSpec network, FitSettings fit, int seeds,
        int memory, double ewcLambda, Budget budget, Expectation[] measured, int? fisherSamples = null) =>
        new(name, description, scenario, network, fit, seeds, Strategies(memory, ewcLambda, fisherSamples), budget)
        {
            Headline = MetricCatalog.AverageAccuracyFinal,
            Contrasts = Contrasts(memory),
            References = References,
            Expectations =
            [
                new MetricBound("naive", "old_accuracy_final", AtMost: 0.05),
                new MetricBound("ova", "forgetting_max", AtMost: 0.05),
                .. budget == Budget.Full ? measured : [],
            ],
        };
}
