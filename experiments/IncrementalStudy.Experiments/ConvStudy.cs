using IncrementalStudy.Data;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary>The class-incremental image study with the LeNet-5-sized body, shared by the MNIST and Fashion-MNIST conv experiments.</summary>
internal static class ConvStudy
{
    /// <summary>
    /// Full budget: 3 seeds, 2 epochs per step (batch 128); smoke: 1 seed, 2 epochs (batch 32). The full budget claims the
    /// MLP studies' orderings as paired signs; no headline bounds until a committed run exists.
    /// </summary>
    public static ExperimentDefinition Define(string name, string description, Budget budget, IScenario scenario, double jointAtLeast) =>
        new(name, description, scenario, ConvNetSpec.LeNet5(Activation.Relu),
            budget == Budget.Full ? new FitSettings(2, 128) : new FitSettings(2, 32),
            Seeds: budget == Budget.Full ? 3 : 1,
            StandardStrategies.ClassIncrementalMain(replayPerClass: 100, ovaSamples: 1000),
            budget)
        {
            Headline = MetricCatalog.AverageAccuracyFinal,
            Expectations = budget == Budget.Full
                ?
                [
                    .. StandardStrategies.StructuralExpectations(jointAtLeast),
                    new PairedDifference("average_accuracy_final", "shared-head-ova-samples", "ova-incremental", DifferenceSign.Positive),
                    new PairedDifference("average_accuracy_final", "ova-refit", "ova-incremental", DifferenceSign.Positive),
                    new PairedDifference("average_accuracy_final", "joint", "replay", DifferenceSign.Positive),
                    new PairedDifference("average_accuracy_final", "replay", "naive", DifferenceSign.Positive),
                ]
                : StandardStrategies.StructuralExpectations(jointAtLeast),
        };
}
