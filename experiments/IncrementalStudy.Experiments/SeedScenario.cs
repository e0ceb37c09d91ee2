using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary>The original description's scenario, shared by the seed-study experiments.</summary>
internal static class SeedScenario
{
    /// <summary>Categories around (0,0), (0,2) and, arriving in phase 2, (2,0).</summary>
    public static IReadOnlyList<double[]> Centers { get; } = [[0, 0], [0, 2], [2, 0]];

    public static GaussianScenario WithPhase2Sizes(params int[] phase2Sizes) =>
        new(Centers, [[1000, 1000], phase2Sizes], TestPerCategory: 1000);

    public static ExperimentDefinition Definition(string name, string description, GaussianScenario scenario, params StrategyDefinition[] strategies) =>
        new(name, description, scenario, NetworkSpec.SeedScenario, FitSettings.SeedScenario, Seeds: 20, strategies);
}
