using IncrementalStudy.Experiments.Expectations;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary><see cref="LearnerFamilies"/> on <see cref="SplitMnistT10k"/>'s data, network, fit and seeds.</summary>
public sealed class LearnerFamiliesMnistT10k : IExperiment
{
    public string Name => "learner-families-mnist-t10k";

    public string Description =>
        "Class-incremental MNIST (bundled 10k test set split 80/20 per seed), split-mnist-t10k's network and fit, 5 seeds (its own split and class order per seed): LwF, EWC (two λ, Fisher on " +
        "1,000 samples per step), iCaRL (nearest mean and sigmoid argmax, K = 1,000), BiC (K = 1,000) and one network with binary heads " +
        "(without and with replay) against naive, replay, joint and one-vs-all.";

    public ExperimentDefinition Define(Budget budget = Budget.Full) => LearnerFamilies.OnImages(new SplitMnistT10k().Define(budget), Name, Description, budget, fullSeeds: 5,
        [
            .. StandardStrategies.StructuralExpectations(jointAtLeast: 0.95),
            new MetricBound("lwf", "average_accuracy_final", AtMost: 0.3),
            new MetricBound("ewc-100", "average_accuracy_final", AtMost: 0.3),
            new MetricBound("ewc-10000", "average_accuracy_final", AtMost: 0.3),
            new MetricBound("binary-heads", "average_accuracy_final", AtMost: 0.3),
            new MetricBound("lwf", "old_accuracy_final", AtMost: 0.05),
            // Read from results/learner-families-mnist-t10k (5 seeds): with the same K at every step iCaRL is behind replay, BiC not
            // separated from it; a fixed total K beats the per-class buffer of the same final size.
            new PairedDifference("average_accuracy_final", "icarl", "replay-fixed-total", DifferenceSign.Negative),
            new PairedDifference("average_accuracy_final", "bic", "replay-fixed-total", DifferenceSign.Unresolved),
            new PairedDifference("average_accuracy_final", "replay-fixed-total", "replay", DifferenceSign.Positive),
            new PairedDifference("average_accuracy_final", "icarl", "icarl-sigmoid", DifferenceSign.Positive),
        ],
        [new MetricBound("lwf", "old_accuracy_final", AtMost: 0.1)]);
}
