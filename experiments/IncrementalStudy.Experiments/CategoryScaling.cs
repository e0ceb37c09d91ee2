using IncrementalStudy.Data;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class CategoryScaling : IExperiment
{
    public const int MaxCategories = 50;
    public const int Dimensions = 10;

    public string Name => "category-scaling";

    public string Description =>
        $"K = 2 … {MaxCategories} Gaussian categories in {Dimensions} dimensions arriving one at a time: accuracy, training cost and prediction cost against K.";

    public ExperimentDefinition Define()
    {
        // Centres are part of the definition (fixed across seeds), drawn once from N(0, 3² I) with a fixed generator.
        var rng = new Rng(SeedHash.Of(Name + "/centres"));
        double[][] centers = [.. Enumerable.Range(0, MaxCategories).Select(_ => Enumerable.Range(0, Dimensions).Select(_ => 3 * rng.NextGaussian()).ToArray())];
        IReadOnlyList<int>[] sizes =
        [
            [200, 200],
            .. Enumerable.Range(3, MaxCategories - 2).Select(k => (IReadOnlyList<int>)[.. Enumerable.Repeat(0, k - 1), 200]),
        ];
        return new ExperimentDefinition(Name, Description,
            new GaussianScenario(centers, sizes, TestPerCategory: 200),
            new NetworkSpec(Dimensions, [64], Activation.Relu),
            new FitSettings(5, 32),
            Seeds: 3,
            [
                StandardStrategies.SharedHead("shared-head-replay", new Rehearsal.Replay(20, ReplaySelection.Random)),
                StandardStrategies.SharedHead("shared-head-joint", new Rehearsal.Joint()),
                new OneVsAllStrategy("ova-incremental", OneVsAllArm.Incremental, 200, StandardStrategies.Adam),
                new OneVsAllStrategy("ova-refit", OneVsAllArm.RefitAll, 200, StandardStrategies.Adam),
            ]);
    }
}
