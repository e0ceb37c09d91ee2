using IncrementalStudy.Data;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class SplitFashionMnist : IExperiment
{
    public string Name => "split-fashion-mnist";

    public string Description =>
        "Class-incremental full Fashion-MNIST (60k/10k, Debian dataset-fashion-mnist), 5 steps × 2 classes, MLP 784-400-400, 5 epochs per step.";

    public ExperimentDefinition Define() => new(
        Name, Description,
        new ClassIncrementalScenario(BundledDatasets.FashionMnist, StandardStrategies.FiveTwoClassSteps),
        new NetworkSpec(784, [400, 400], Activation.Relu),
        new FitSettings(5, 128),
        Seeds: 5,
        StandardStrategies.ClassIncremental(replayPerClass: 100, ovaSamples: 1000));
}
