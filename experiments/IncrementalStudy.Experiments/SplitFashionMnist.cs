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

    public ExperimentDefinition Define(Budget budget = Budget.Full) => new ExperimentDefinition(
        Name, Description,
        new ClassIncrementalScenario(BundledDatasets.FashionMnist, StandardStrategies.FiveTwoClassSteps, MaxPerClass: budget == Budget.Full ? null : 60),
        new NetworkSpec(784, [400, 400], Activation.Relu),
        budget == Budget.Full ? new FitSettings(5, 128) : new FitSettings(3, 32),
        Seeds: budget == Budget.Full ? 5 : 1,
        StandardStrategies.ClassIncremental(replayPerClass: 100, ovaSamples: 1000),
        budget)
    {
        Expectations = StandardStrategies.StructuralExpectations(jointAtLeast: budget == Budget.Full ? 0.8 : 0.6),
    };
}
