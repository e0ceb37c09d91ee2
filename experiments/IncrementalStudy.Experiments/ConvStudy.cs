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
    public static StrategyDefinition[] Strategies =>
    [
        .. StandardStrategies.ClassIncrementalMain(replayPerClass: 100, ovaSamples: 1000),
        .. LearnerFamilies.Families(replayPerClass: 100, ewcLambdas: [100], fisherSamples: 1000)
            .Where(s => s.Name is "replay-fixed-total" or "binary-heads-replay" or "lwf" or "ewc-100" or "icarl" or "bic"),
    ];

    /// <summary>
    /// Full budget: 3 seeds, 10 epochs per step (batch 128; at 2 epochs the arms had not converged: replay and joint gained 0.07
    /// and 0.02 from 2 to 10 epochs, and the order of binary heads with replay and softmax replay reversed); smoke: 1 seed, 2
    /// epochs (batch 32). The full budget claims the orderings every MLP study shows as paired signs. The main strategies, then the
    /// learner families that are more than a diagnostic (binary heads with replay, LwF, EWC λ = 100 with the Fisher on 1,000
    /// samples a step, iCaRL with nearest-mean classification, BiC), with the MLP image studies' memory (100 per class, K = 1,000).
    /// </summary>
    /// <param name="measured">Further full-budget claims of the experiment.</param>
    public static ExperimentDefinition Define(string name, string description, Budget budget, IScenario scenario, double jointAtLeast,
        params Expectation[] measured) =>
        new(name, description, scenario, ConvNetSpec.LeNet5(Activation.Relu),
            budget == Budget.Full ? new FitSettings(10, 128) : new FitSettings(2, 32),
            Seeds: budget == Budget.Full ? 3 : 1,
            Strategies,
            budget)
        {
            Headline = MetricCatalog.AverageAccuracyFinal,
            Contrasts = [.. StandardStrategies.ClassIncrementalContrasts(Strategies).Concat(LearnerFamilies.Contrasts(Strategies)).DistinctBy(c => (c.Treatment, c.Baseline))],
            References = LearnerFamilies.References,
            Expectations = budget == Budget.Full
                ?
                [
                    .. StandardStrategies.StructuralExpectations(jointAtLeast),
                    new PairedDifference("average_accuracy_final", "joint", "replay", DifferenceSign.Positive),
                    new PairedDifference("average_accuracy_final", "replay", "naive", DifferenceSign.Positive),
                    .. measured,
                ]
                // Two epochs on 40 images per class do not make fine-tuning forget completely; the smoke run checks that joint learns.
                : [new MetricBound("joint", "average_accuracy_final", AtLeast: jointAtLeast)],
        };
}
