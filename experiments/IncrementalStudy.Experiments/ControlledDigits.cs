using IncrementalStudy.Data.Sources;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary>The controlled comparison (<see cref="ControlledStudy"/>) on UCI digits.</summary>
public sealed class ControlledDigits : IExperiment
{
    public const int Memory = 200;

    public string Name => "controlled-digits";

    public string Description =>
        $"UCI digits, two classes then one per step (9 steps), class order drawn per seed, MLP 64-100: every stored-sample method with the same K = {Memory} " +
        "samples at every step, one-vs-all on that memory and all of the new category's samples (uncalibrated, Platt-calibrated, refit), " +
        "initialisation and optimizer arms, LwF and EWC; references naive and joint from scratch. 40 epochs per step: in a convergence check " +
        "(5 seeds, 10/20/40/80 epochs) joint from scratch reached 0.961/0.975/0.981/0.983 and replay 0.905/0.930/0.941/0.946, with the ranking unchanged.";

    public ExperimentDefinition Define(Budget budget = Budget.Full) =>
        ControlledStudy.Define(Name, Description, ControlledStudy.Scenario(BundledDatasets.Digits, 10),
            new NetworkSpec(64, [100], Activation.Relu),
            budget == Budget.Full ? new FitSettings(40, 32) : new FitSettings(5, 32),
            seeds: budget == Budget.Full ? 10 : 1, Memory, ewcLambda: 100, budget,
            [
                // Read from results/controlled-digits (10 seeds): headline bounds are the mean − 4 SEM rounded down to 0.01
                // (joint from scratch 0.979 ± 0.002, replay 0.936 ± 0.006, calibrated one-vs-all 0.927 ± 0.007 SEM); the main contrasts' signs.
                new MetricBound("joint-scratch", "average_accuracy_final", AtLeast: 0.97),
                new MetricBound("replay", "average_accuracy_final", AtLeast: 0.91),
                new MetricBound("ova-calibrated", "average_accuracy_final", AtLeast: 0.90),
                new PairedDifference("average_accuracy_final", "replay", "ova", DifferenceSign.Positive),
                new PairedDifference("average_accuracy_final", "ova-calibrated", "ova", DifferenceSign.Positive),
                new PairedDifference("average_accuracy_final", "replay", "ova-calibrated", DifferenceSign.Unresolved),
            ]);
}
