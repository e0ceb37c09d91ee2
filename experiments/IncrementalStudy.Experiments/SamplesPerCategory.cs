using IncrementalStudy.Data;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary>
/// The samples-per-category axis on real data: categories arrive one at a time (two first) in a class order drawn per seed;
/// at each X, one-vs-all trains the new category's binary model on X of its samples and X of the others', and the shared
/// head trains on exactly those samples (the same draws), so each pair differs in the design only. "all" is every sample
/// of the category the step holds, with as many of the others. Every fit runs at least a fixed number of gradient steps
/// (<see cref="FitSettings.MinimumSteps"/>), so a fit on 10 samples is not compared unconverged with one on 300.
/// </summary>
internal static class SamplesPerCategory
{
    public static string Label(int x) => x == OneVsAllStrategy.AllSamples ? "all" : x.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static StrategyDefinition[] Strategies(IReadOnlyList<int> xs) =>
    [
        .. xs.SelectMany(x => new StrategyDefinition[]
        {
            StandardStrategies.SharedHead($"shared-head-x{Label(x)}", new Rehearsal.OvaSamples(x)),
            new OneVsAllStrategy($"ova-x{Label(x)}", OneVsAllArm.Incremental, x, StandardStrategies.Adam),
        }),
    ];

    public static Contrast[] Contrasts(IReadOnlyList<int> xs) =>
        [.. xs.Select(x => new Contrast($"shared-head-x{Label(x)}", $"ova-x{Label(x)}", $"shared head vs one-vs-all on the same {Label(x)} samples per new category") { Topic = ContrastTopic.HeadVsOneVsAll, SamplesPerCategory = x == OneVsAllStrategy.AllSamples ? null : x })];

    public static ExperimentDefinition Define(string name, string description, IDatasetSource source, INetworkSpec network, FitSettings fit, int seeds,
        IReadOnlyList<int> xs, Budget budget, Expectation[] measured, int? maxPerClass = null) =>
        new(name, description, ControlledStudy.Scenario(source, 10, maxPerClass), network, fit, seeds, Strategies(xs), budget)
        {
            Headline = MetricCatalog.AverageAccuracyFinal,
            Contrasts = Contrasts(xs),
            Expectations = [new MetricBound("ova-xall", "forgetting_max", AtMost: 0.05), .. measured],
        };
}

/// <summary>The samples-per-category axis (<see cref="SamplesPerCategory"/>) on UCI digits.</summary>
public sealed class SamplesPerCategoryDigits : IExperiment
{
    public static readonly int[] Xs = [5, 10, 20, 50, 100, OneVsAllStrategy.AllSamples];

    public string Name => "samples-per-category-digits";

    public string Description =>
        "UCI digits, two classes then one per step, class order drawn per seed, MLP 64-100: the shared head against one-vs-all on the same X samples of the new " +
        "category and X of the others, X in {5, 10, 20, 50, 100, all (about 144)}; 40 epochs and at least 200 gradient steps per fit.";

    public ExperimentDefinition Define(Budget budget = Budget.Full) =>
        SamplesPerCategory.Define(Name, Description, BundledDatasets.Digits, new NetworkSpec(64, [100], Activation.Relu),
            budget == Budget.Full ? new FitSettings(40, 32) { MinimumSteps = 200 } : new FitSettings(5, 32), budget == Budget.Full ? 10 : 1,
            budget == Budget.Full ? Xs : [5, OneVsAllStrategy.AllSamples], budget,
            budget == Budget.Full
                ?
                [
                    // Read from results/samples-per-category-digits (10 seeds): one-vs-all ahead at X = 5, the shared head from X = 20 on.
                    new PairedDifference("average_accuracy_final", "shared-head-x5", "ova-x5", DifferenceSign.Negative),
                    new PairedDifference("average_accuracy_final", "shared-head-x20", "ova-x20", DifferenceSign.Positive),
                    new PairedDifference("average_accuracy_final", "shared-head-xall", "ova-xall", DifferenceSign.Positive),
                    new MetricBound("shared-head-xall", "average_accuracy_final", AtLeast: 0.89),
                ]
                : []);
}

/// <summary>The samples-per-category axis (<see cref="SamplesPerCategory"/>) on MNIST.</summary>
public sealed class SamplesPerCategoryMnist : IExperiment
{
    public static readonly int[] Xs = [5, 10, 20, 50, 100, 200, OneVsAllStrategy.AllSamples];

    public string Name => "samples-per-category-mnist";

    public string Description =>
        "MNIST (bundled 10k set split 80/20 per seed), two classes then one per step, class order drawn per seed, MLP 784-400-400: the shared head against " +
        "one-vs-all on the same X samples of the new category and X of the others, X in {5, 10, 20, 50, 100, 200, all (about 800)}; 10 epochs " +
        "(controlled-mnist's convergence check) and at least 100 gradient steps per fit.";

    public ExperimentDefinition Define(Budget budget = Budget.Full) =>
        SamplesPerCategory.Define(Name, Description, BundledDatasets.MnistTest, new NetworkSpec(784, [400, 400], Activation.Relu),
            budget == Budget.Full ? new FitSettings(10, 32) { MinimumSteps = 100 } : new FitSettings(3, 32), budget == Budget.Full ? 10 : 1,
            budget == Budget.Full ? Xs : [5, OneVsAllStrategy.AllSamples], budget, budget == Budget.Full ? Measured : [],
            maxPerClass: budget == Budget.Full ? null : 60);

    // Read from results/samples-per-category-mnist (10 seeds): one-vs-all ahead at X = 5, the shared head from X = 20 on.
    private static readonly Expectation[] Measured =
    [
        new PairedDifference("average_accuracy_final", "shared-head-x5", "ova-x5", DifferenceSign.Negative),
        new PairedDifference("average_accuracy_final", "shared-head-x20", "ova-x20", DifferenceSign.Positive),
        new PairedDifference("average_accuracy_final", "shared-head-xall", "ova-xall", DifferenceSign.Positive),
        new MetricBound("shared-head-xall", "average_accuracy_final", AtLeast: 0.92),
    ];
}
