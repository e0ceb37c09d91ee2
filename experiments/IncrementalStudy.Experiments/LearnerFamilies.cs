using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary>The field's answers to growing a head without forgetting, on split digits, against the standard references.</summary>
public sealed class LearnerFamilies : IExperiment
{
    public string Name => "learner-families";

    public string Description =>
        "Class-incremental UCI digits, 5 steps × 2 classes, split-digits' network, fit and seeds: LwF, EWC (two λ), iCaRL (nearest mean and sigmoid argmax, K = 200), BiC (K = 200) and one network with binary heads " +
        "(without and with replay) against naive, replay, replay with a fixed total K, joint and one-vs-all; memory.csv records what each keeps.";

    /// <summary>The references, then the families (<see cref="Families"/>), in the order results list them.</summary>
    /// <param name="fisherSamples">Samples of each step EWC's Fisher is estimated on (null: all).</param>
    public static StrategyDefinition[] Strategies(int replayPerClass, int ovaSamples, double[] ewcLambdas, int? fisherSamples = null)
    {
        StrategyDefinition[] standard = StandardStrategies.ClassIncremental(replayPerClass, ovaSamples);
        string[] baselines = ["naive", "replay", "joint", "ova-incremental", "ova-refit"];
        return [.. baselines.Select(n => standard.Single(s => s.Name == n)), .. Families(replayPerClass, ewcLambdas, fisherSamples)];
    }

    /// <summary>The references of the family studies: they bound the results and are never "best".</summary>
    public static readonly string[] References = ["naive", "joint"];

    /// <summary>
    /// The family contrasts among the strategies present, each pair differing in one factor: iCaRL and BiC against replay with the
    /// same fixed total memory K (same random draws), distillation and EWC against fine-tuning, binary heads against the softmax
    /// head with the same data and memory, iCaRL's nearest mean against its own sigmoid argmax, and the two one-vs-all arms.
    /// </summary>
    public static Contrast[] Contrasts(IEnumerable<StrategyDefinition> strategies)
    {
        HashSet<string> present = [.. strategies.Select(s => s.Name)];
        Contrast[] all =
        [
            new("icarl", "replay-fixed-total", "iCaRL vs replay with the same K stored samples at every step") { Topic = ContrastTopic.StoredSamples },
            new("bic", "replay-fixed-total", "BiC vs replay with the same K stored samples at every step") { Topic = ContrastTopic.StoredSamples },
            new("replay-fixed-total", "replay", "a fixed total memory K vs a fixed number per class (same final size)") { Topic = ContrastTopic.StoredSamples },
            new("icarl", "icarl-sigmoid", "nearest mean of exemplars vs argmax of the same network") { Topic = ContrastTopic.StoredSamples },
            new("lwf", "naive", "LwF distillation vs plain fine-tuning (no stored samples)") { Topic = ContrastTopic.WithoutStoredSamples },
            new("ewc-100", "naive", "EWC (λ = 100) vs plain fine-tuning (no stored samples)") { Topic = ContrastTopic.WithoutStoredSamples },
            new("binary-heads", "naive", "one sigmoid per category vs one softmax (no stored samples)") { Topic = ContrastTopic.WithoutStoredSamples },
            new("binary-heads-replay", "replay", "one sigmoid per category vs one softmax (same replay buffer)") { Topic = ContrastTopic.StoredSamples },
            new("ova-refit", "ova-incremental", "one-vs-all retraining every binary model vs training only the new ones") { Topic = ContrastTopic.OneVsAllVariant },
        ];
        return [.. all.Where(c => present.Contains(c.Treatment) && present.Contains(c.Baseline))];
    }

    public static StrategyDefinition[] Families(int replayPerClass, double[] ewcLambdas, int? fisherSamples = null) =>
    [
        SharedHeadStrategy.BinaryHeads("binary-heads", StandardStrategies.Adam),
        SharedHeadStrategy.BinaryHeads("binary-heads-replay", StandardStrategies.Adam, replayPerClass),
        SharedHeadStrategy.LwF("lwf", StandardStrategies.Adam),
        .. ewcLambdas.Select(l => SharedHeadStrategy.Ewc($"ewc-{l:0.###}", StandardStrategies.Adam, l, fisherSamples: fisherSamples)),
        // K = the replay buffer's final size (replayPerClass × 10 classes); replay-fixed-total holds K at every step, as iCaRL and BiC do.
        StandardStrategies.SharedHead("replay-fixed-total", new Rehearsal.FixedTotal(10 * replayPerClass, ReplaySelection.Random)),
        SharedHeadStrategy.Icarl("icarl", StandardStrategies.Adam, 10 * replayPerClass, nearestMean: true),
        SharedHeadStrategy.Icarl("icarl-sigmoid", StandardStrategies.Adam, 10 * replayPerClass, nearestMean: false),
        SharedHeadStrategy.Bic("bic", StandardStrategies.Adam, 10 * replayPerClass),
    ];

    /// <summary>
    /// The families on an image study's data, network and fit (<paramref name="basis"/>), on its first <paramref name="fullSeeds"/>
    /// seeds at the full budget (its own split and class order per seed: an experiment's name keys its random streams, so two
    /// experiments never share them): replay buffer 100 per class, one-vs-all on 1,000 samples,
    /// EWC λ ∈ {100, 10⁴} with the Fisher on 1,000 samples of each step.
    /// </summary>
    public static ExperimentDefinition OnImages(ExperimentDefinition basis, string name, string description, Budget budget, int fullSeeds,
        IReadOnlyList<Expectation> fullExpectations, IReadOnlyList<Expectation> smokeExpectations) => basis with
        {
            Name = name,
            Description = description,
            Seeds = budget == Budget.Full ? fullSeeds : basis.Seeds,
            Strategies = Strategies(replayPerClass: 100, ovaSamples: 1000, ewcLambdas: [100, 10000], fisherSamples: 1000),
            Contrasts = Contrasts(Strategies(replayPerClass: 100, ovaSamples: 1000, ewcLambdas: [100, 10000], fisherSamples: 1000)),
            References = References,
            Expectations = budget == Budget.Full ? fullExpectations : smokeExpectations,
        };

    public ExperimentDefinition Define(Budget budget = Budget.Full)
    {
        StrategyDefinition[] strategies = Strategies(replayPerClass: 20, ovaSamples: 200, ewcLambdas: [100, 10000]);
        return SplitDigits.Base(Name, Description, budget, strategies) with
        {
            Contrasts = Contrasts(strategies),
            References = References,
            Expectations = budget == Budget.Full
                ?
                [
                    // Without stored samples the regularisers stay at fine-tuning's level, as van de Ven, Tuytelaars & Tolias (2022)
                    // report for class-incremental split MNIST.
                    new MetricBound("lwf", "average_accuracy_final", AtMost: 0.3),
                    new MetricBound("ewc-100", "average_accuracy_final", AtMost: 0.3),
                    new MetricBound("binary-heads", "average_accuracy_final", AtMost: 0.3),
                    new MetricBound("lwf", "old_accuracy_final", AtMost: 0.05),
                    new PairedDifference("average_accuracy_final", "icarl", "icarl-sigmoid", DifferenceSign.Positive),
                    new PairedDifference("average_accuracy_final", "binary-heads-replay", "binary-heads", DifferenceSign.Positive),
                    // Read from results/learner-families (10 seeds): with the same K at every step iCaRL is behind replay and BiC
                    // not separated from it; a fixed total K beats the per-class buffer of the same final size.
                    new PairedDifference("average_accuracy_final", "icarl", "replay-fixed-total", DifferenceSign.Negative),
                    new PairedDifference("average_accuracy_final", "bic", "replay-fixed-total", DifferenceSign.Unresolved),
                    new PairedDifference("average_accuracy_final", "replay-fixed-total", "replay", DifferenceSign.Positive),
                ]
                : [new MetricBound("lwf", "old_accuracy_final", AtMost: 0.1), new MetricBound("icarl", "average_accuracy_final", AtLeast: 0.5)],
        };
    }
}
