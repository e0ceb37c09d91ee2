using IncrementalStudy.Data;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class CategoryScaling : IExperiment
{
    public const int Dimensions = 10;

    public string Name => "category-scaling";

    public string Description =>
        $"K = 2 … 50 overlapping Gaussian categories in {Dimensions} dimensions (unit variance, centres drawn from N(0, {CentreScale}² I)) arriving one at " +
        "a time: accuracy against the Bayes (nearest-centre) accuracy, training cost and prediction cost against K.";

    /// <summary>The spread of the centres: small enough that the categories overlap (Bayes accuracy well below 1 at K = 50).</summary>
    public const double CentreScale = 1.2;

    public ExperimentDefinition Define(Budget budget = Budget.Full)
    {
        int maxCategories = budget == Budget.Full ? 50 : 8;
        // Centres are part of the definition (fixed across seeds), drawn once from N(0, CentreScale² I) with a fixed generator.
        var rng = new Rng(SeedHash.Of(Name + "/centres"));
        double[][] centers = [.. Enumerable.Range(0, maxCategories).Select(_ => Enumerable.Range(0, Dimensions).Select(_ => CentreScale * rng.NextGaussian()).ToArray())];
        IReadOnlyList<int>[] sizes =
        [
            [200, 200],
            .. Enumerable.Range(3, maxCategories - 2).Select(k => (IReadOnlyList<int>)[.. Enumerable.Repeat(0, k - 1), 200]),
        ];
        return new ExperimentDefinition(Name, Description,
            new GaussianScenario(centers, sizes, TestPerCategory: 200),
            new NetworkSpec(Dimensions, [64], Activation.Relu),
            new FitSettings(budget == Budget.Full ? 5 : 3, 32),
            Seeds: budget == Budget.Full ? 3 : 1,
            [
                StandardStrategies.SharedHead("shared-head-replay", new Rehearsal.Replay(20, ReplaySelection.Random)),
                StandardStrategies.SharedHead("shared-head-joint", new Rehearsal.Joint()),
                new OneVsAllStrategy("ova-incremental", OneVsAllArm.Incremental, 200, StandardStrategies.Adam),
                new OneVsAllStrategy("ova-refit", OneVsAllArm.RefitAll, 200, StandardStrategies.Adam),
            ],
            budget)
        {
            Headline = MetricCatalog.AverageAccuracyFinal,
            Contrasts = [new Contrast("ova-refit", "ova-incremental", "one-vs-all retraining every binary model vs training only the new one") { Topic = ContrastTopic.OneVsAllVariant }],
            References = ["shared-head-joint"],
            Expectations =
            [
                // Read from results/category-scaling (3 seeds): retraining every binary model pays off with overlapping categories.
                .. budget == Budget.Full
                    ? new Expectation[] { new PairedDifference("average_accuracy_final", "ova-refit", "ova-incremental", DifferenceSign.Positive) }
                    : [],
                // One-vs-all's parameters and prediction cost grow linearly with K: K × (10·64 + 64 + 64 + 1).
                new MetricBound("ova-incremental", "parameters", maxCategories * 769, maxCategories * 769),
            ],
        };
    }
}
