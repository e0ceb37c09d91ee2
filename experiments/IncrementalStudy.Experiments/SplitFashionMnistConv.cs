using IncrementalStudy.Data;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Experiments.Expectations;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary><see cref="SplitFashionMnist"/> with the LeNet-5-sized convolutional body instead of the MLP.</summary>
public sealed class SplitFashionMnistConv : IExperiment
{
    public string Name => "split-fashion-mnist-conv";

    public string Description =>
        "Class-incremental Fashion-MNIST, 5 steps × 2 classes, LeNet-5-sized conv body (ReLU). Full budget: the full set (Debian " +
        "dataset-fashion-mnist or --data-dir) capped at 1200 training images per class (and 301 test images per class) to bound the " +
        "run time, 3 seeds, 10 epochs per step (batch 128); smoke: the bundled 10k test set split 80/20 per seed, 40 per class, 2 epochs (batch 32).";

    // The smoke budget reads the bundled test set, so it runs (and is tested) on any machine; the full study needs the full set.
    public ExperimentDefinition Define(Budget budget = Budget.Full) => ConvStudy.Define(Name, Description, budget,
        budget == Budget.Full
            ? new ClassIncrementalScenario(BundledDatasets.FashionMnist, StandardStrategies.FiveTwoClassSteps, ShuffleClassOrder: true, MaxPerClass: 1200)
            : new ClassIncrementalScenario(BundledDatasets.FashionMnistTest, StandardStrategies.FiveTwoClassSteps, ShuffleClassOrder: true, TestFraction: 0.2, MaxPerClass: 40),
        jointAtLeast: budget == Budget.Full ? 0.8 : 0.4,
        new MetricBound("lwf", "average_accuracy_final", AtMost: 0.3),
        new MetricBound("ewc-100", "average_accuracy_final", AtMost: 0.3),
        // Read from results/split-fashion-mnist-conv (3 seeds): mean − 4 SEM rounded down (replay 0.753 ± 0.014 SEM); one-vs-all's
        // spread over 3 seeds leaves shared-head-ova-samples − ova-incremental (+0.391) unresolved.
        new MetricBound("replay", "average_accuracy_final", AtLeast: 0.69),
        new PairedDifference("average_accuracy_final", "shared-head-ova-samples", "ova-incremental", DifferenceSign.Unresolved),
        new PairedDifference("average_accuracy_final", "binary-heads-replay", "replay", DifferenceSign.Negative));
}
