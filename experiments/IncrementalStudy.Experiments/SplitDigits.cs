using IncrementalStudy.Data;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class SplitDigits : IExperiment
{
    public string Name => "split-digits";

    public string Description =>
        "Class-incremental UCI digits (8×8), 5 steps × 2 classes: shared head (naive, replay, joint) vs one-vs-all, with the full metric suite.";

    /// <summary>The scenario, network and fit other digits experiments reuse.</summary>
    public static ExperimentDefinition Base(string name, string description, params StrategyDefinition[] strategies) => new(
        name, description,
        new ClassIncrementalScenario(BundledDatasets.Digits, StandardStrategies.FiveTwoClassSteps),
        new NetworkSpec(64, [100], Activation.Relu),
        new FitSettings(20, 32),
        Seeds: 10,
        strategies);

    public ExperimentDefinition Define() => Base(Name, Description, StandardStrategies.ClassIncremental(replayPerClass: 20, ovaSamples: 200));
}
