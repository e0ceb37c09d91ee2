using IncrementalStudy.Data;
using IncrementalStudy.Data.Sources;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary><see cref="SplitFashionMnist"/> with the LeNet-5-sized convolutional body instead of the MLP.</summary>
public sealed class SplitFashionMnistConv : IExperiment
{
    public string Name => "split-fashion-mnist-conv";

    public string Description =>
        "Class-incremental Fashion-MNIST, 5 steps × 2 classes, LeNet-5-sized conv body (ReLU). Full budget: the full set (Debian " +
        "dataset-fashion-mnist or --data-dir) capped at 1200 training images per class (and 301 test images per class) to bound the " +
        "run time, 3 seeds, 2 epochs per step (batch 128); smoke: the bundled 10k test set split 80/20 per seed, 40 per class, 2 epochs (batch 32).";

    // The smoke budget reads the bundled test set, so it runs (and is tested) on any machine; the full study needs the full set.
    // Measured at the full budget on one seed (A_T): joint 0.853, shared-head-ova-samples 0.779, ova-refit 0.764, replay 0.717,
    // ova-incremental 0.515, naive 0.198.
    public ExperimentDefinition Define(Budget budget = Budget.Full) => ConvStudy.Define(Name, Description, budget,
        budget == Budget.Full
            ? new ClassIncrementalScenario(BundledDatasets.FashionMnist, StandardStrategies.FiveTwoClassSteps, MaxPerClass: 1200)
            : new ClassIncrementalScenario(BundledDatasets.FashionMnistTest, StandardStrategies.FiveTwoClassSteps, TestFraction: 0.2, MaxPerClass: 40),
        jointAtLeast: budget == Budget.Full ? 0.8 : 0.4);
}
