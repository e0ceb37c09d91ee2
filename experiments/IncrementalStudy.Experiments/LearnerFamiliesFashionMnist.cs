using IncrementalStudy.Experiments.Expectations;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary><see cref="LearnerFamilies"/> on <see cref="SplitFashionMnist"/>'s data, network, fit and seeds.</summary>
public sealed class LearnerFamiliesFashionMnist : IExperiment
{
    public string Name => "learner-families-fashion-mnist";

    public string Description =>
        "Class-incremental Fashion-MNIST, split-fashion-mnist's data (full set; smoke: bundled test set), network and fit, its seeds 1–3: LwF, EWC (two λ, " +
        "Fisher on 1,000 samples per step), iCaRL (nearest mean and sigmoid argmax, K = 1,000), BiC (K = 1,000) and one network with " +
        "binary heads (without and with replay) against naive, replay, joint and one-vs-all.";

    // Read from results/learner-families-fashion-mnist (3 seeds, A_T mean ± 95% CI half-width): LwF, EWC (both λ) and binary
    // heads stay at naive's 0.199–0.200 (old classes 0.000). With the same final memory BiC 0.837 ± 0.017 leads the exemplar
    // methods (iCaRL 0.775 ± 0.005, binary heads with replay 0.764 ± 0.044, replay 0.759 ± 0.040; the last three not separated by
    // 3 seeds) and is level with one-vs-all refit (0.828 ± 0.015); joint 0.887. Bounds are mean − 4 SEM rounded down to 0.01.
    public ExperimentDefinition Define(Budget budget = Budget.Full) => LearnerFamilies.OnImages(new SplitFashionMnist().Define(budget), Name, Description, budget, fullSeeds: 3,
        [
            .. StandardStrategies.StructuralExpectations(jointAtLeast: 0.8),
            new MetricBound("lwf", "average_accuracy_final", AtMost: 0.3),
            new MetricBound("ewc-100", "average_accuracy_final", AtMost: 0.3),
            new MetricBound("ewc-10000", "average_accuracy_final", AtMost: 0.3),
            new MetricBound("binary-heads", "average_accuracy_final", AtMost: 0.3),
            new MetricBound("lwf", "old_accuracy_final", AtMost: 0.05),
            new MetricBound("replay", "average_accuracy_final", AtLeast: 0.72),
            new MetricBound("icarl", "average_accuracy_final", AtLeast: 0.77),
            new MetricBound("bic", "average_accuracy_final", AtLeast: 0.82),
            new PairedDifference("average_accuracy_final", "bic", "replay", DifferenceSign.Positive),
            new PairedDifference("average_accuracy_final", "joint", "bic", DifferenceSign.Positive),
            new PairedDifference("average_accuracy_final", "bic", "ova-refit", DifferenceSign.Unresolved),
            new PairedDifference("average_accuracy_final", "replay", "binary-heads-replay", DifferenceSign.Unresolved),
            new PairedDifference("average_accuracy_final", "icarl", "icarl-sigmoid", DifferenceSign.Positive),
            new PairedDifference("average_accuracy_final", "ova-refit", "ova-incremental", DifferenceSign.Positive),
        ],
        [new MetricBound("lwf", "old_accuracy_final", AtMost: 0.1), new MetricBound("icarl", "average_accuracy_final", AtLeast: 0.4)]);
}
