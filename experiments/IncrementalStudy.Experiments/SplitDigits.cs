using IncrementalStudy.Data;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class SplitDigits : IExperiment
{
    public string Name => "split-digits";

    public string Description =>
        "Class-incremental UCI digits (8×8), 5 steps × 2 classes: shared head (naive, replay, joint) vs one-vs-all, with the full metric suite.";

    /// <summary>The scenario, network and fit other digits experiments reuse: 10 seeds × 20 epochs, or 2 seeds × 5 epochs for smoke.</summary>
    public static ExperimentDefinition Base(string name, string description, Budget budget, params StrategyDefinition[] strategies) => new(
        name, description,
        new ClassIncrementalScenario(BundledDatasets.Digits, StandardStrategies.FiveTwoClassSteps, ShuffleClassOrder: true),
        new NetworkSpec(64, [100], Activation.Relu),
        budget == Budget.Full ? new FitSettings(20, 32) : new FitSettings(5, 32),
        Seeds: budget == Budget.Full ? 10 : 2,
        strategies,
        budget)
    {
        Headline = MetricCatalog.AverageAccuracyFinal,
    };

    public ExperimentDefinition Define(Budget budget = Budget.Full)
    {
        StrategyDefinition[] strategies = StandardStrategies.ClassIncremental(replayPerClass: 20, ovaSamples: 200);
        return Base(Name, Description, budget, strategies) with
        {
            Contrasts = StandardStrategies.ClassIncrementalContrasts(strategies),
            References = StandardStrategies.References,
            Expectations =
            [
                .. StandardStrategies.StructuralExpectations(jointAtLeast: budget == Budget.Full ? 0.9 : 0.5),
                // Read from results/split-digits (10 seeds): mean − 4 SEM rounded down (replay 0.912 ± 0.005 SEM) and the contrasts' signs.
                .. budget == Budget.Full
                    ? new Expectation[]
                    {
                        new MetricBound("replay", "average_accuracy_final", AtLeast: 0.89),
                        new PairedDifference("average_accuracy_final", "shared-head-ova-samples", "ova-incremental", DifferenceSign.Positive),
                        new PairedDifference("average_accuracy_final", "ova-refit", "ova-incremental", DifferenceSign.Positive),
                        new WithinBaseline("replay", "average_accuracy_final"),
                    }
                    : [],
            ],
        };
    }
}
