using IncrementalStudy.Experiments.Expectations;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary><see cref="LearnerFamilies"/> on <see cref="SplitFashionMnist"/>'s data, network, fit and seeds.</summary>
public sealed class LearnerFamiliesFashionMnist : IExperiment
{
    public string Name => "learner-families-fashion-mnist";

    public string Description =>
        "Class-incremental Fashion-MNIST, split-fashion-mnist's data (full set; smoke: bundled test set), network and fit, 3 seeds (its own split and class order per seed): LwF, EWC (two λ, " +
        "Fisher on 1,000 samples per step), iCaRL (nearest mean and sigmoid argmax, K = 1,000), BiC (K = 1,000) and one network with " +
        "binary heads (without and with replay) against naive, replay, joint and one-vs-all.";

    public ExperimentDefinition Define(Budget budget = Budget.Full) => LearnerFamilies.OnImages(new SplitFashionMnist().Define(budget), Name, Description, budget, fullSeeds: 3,
        [
            .. StandardStrategies.StructuralExpectations(jointAtLeast: 0.8),
            new MetricBound("lwf", "average_accuracy_final", AtMost: 0.3),
            new MetricBound("ewc-100", "average_accuracy_final", AtMost: 0.3),
            new MetricBound("ewc-10000", "average_accuracy_final", AtMost: 0.3),
            new MetricBound("binary-heads", "average_accuracy_final", AtMost: 0.3),
            new MetricBound("lwf", "old_accuracy_final", AtMost: 0.05),
            // Read from results/learner-families-fashion-mnist (3 seeds): only iCaRL's predictor and refitting one-vs-all are resolved;
            // with 3 seeds the memory methods are not separated from replay.
            new PairedDifference("average_accuracy_final", "icarl", "icarl-sigmoid", DifferenceSign.Positive),
            new PairedDifference("average_accuracy_final", "ova-refit", "ova-incremental", DifferenceSign.Positive),
        ],
        [new MetricBound("lwf", "old_accuracy_final", AtMost: 0.1)]);
}
