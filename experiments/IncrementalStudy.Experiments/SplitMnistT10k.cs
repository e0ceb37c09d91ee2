using IncrementalStudy.Data;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class SplitMnistT10k : IExperiment
{
    public string Name => "split-mnist-t10k";

    public string Description =>
        "Class-incremental MNIST (the bundled 10k test set split 80/20 per seed), 5 steps × 2 digits, MLP 784-400-400: shared head vs one-vs-all.";

    public ExperimentDefinition Define() => new(
        Name, Description,
        new ClassIncrementalScenario(BundledDatasets.MnistTest, StandardStrategies.FiveTwoClassSteps, TestFraction: 0.2),
        new NetworkSpec(784, [400, 400], Activation.Relu),
        new FitSettings(10, 128),
        Seeds: 10,
        StandardStrategies.ClassIncremental(replayPerClass: 100, ovaSamples: 1000));
}
