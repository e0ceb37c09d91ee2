using IncrementalStudy.Data;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class SplitFashionMnist : IExperiment
{
    public string Name => "split-fashion-mnist";

    public string Description =>
        "Class-incremental Fashion-MNIST, 5 steps × 2 classes, MLP 784-400-400. Full budget: the full set (60k/10k, Debian " +
        "dataset-fashion-mnist or --data-dir), 5 epochs per step; smoke: the bundled 10k test set split 80/20 per seed, 60 per class.";

    // The smoke budget reads the bundled test set, so it runs (and is tested) on any machine; the full study needs the full set.
    public ExperimentDefinition Define(Budget budget = Budget.Full) => new ExperimentDefinition(
        Name, Description,
        budget == Budget.Full
            ? new ClassIncrementalScenario(BundledDatasets.FashionMnist, StandardStrategies.FiveTwoClassSteps, ShuffleClassOrder: true)
            : new ClassIncrementalScenario(BundledDatasets.FashionMnistTest, StandardStrategies.FiveTwoClassSteps, ShuffleClassOrder: true, TestFraction: 0.2, MaxPerClass: 60),
        new NetworkSpec(784, [400, 400], Activation.Relu),
        budget == Budget.Full ? new FitSettings(5, 128) : new FitSettings(3, 32),
        Seeds: budget == Budget.Full ? 5 : 1,
        StandardStrategies.ClassIncremental(replayPerClass: 100, ovaSamples: 1000),
        budget)
    {
        Headline = MetricCatalog.AverageAccuracyFinal,
        Contrasts = StandardStrategies.ClassIncrementalContrasts(StandardStrategies.ClassIncremental(replayPerClass: 100, ovaSamples: 1000)),
        References = StandardStrategies.References,
        Expectations = budget == Budget.Full
            ?
            [
                .. StandardStrategies.StructuralExpectations(jointAtLeast: 0.8),
                // Read from results/split-fashion-mnist (5 seeds): mean − 4 SEM rounded down (replay 0.710 ± 0.012 SEM) and the contrasts' signs.
                new MetricBound("replay", "average_accuracy_final", AtLeast: 0.66),
                new PairedDifference("average_accuracy_final", "shared-head-ova-samples", "ova-incremental", DifferenceSign.Positive),
                new PairedDifference("average_accuracy_final", "ova-refit", "ova-incremental", DifferenceSign.Positive),
            ]
            : StandardStrategies.StructuralExpectations(jointAtLeast: 0.6),
    };
}
