using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary>The original description's scenario, shared by the seed-study experiments.</summary>
internal static class SeedScenario
{
    /// <summary>Categories around (0,0), (0,2) and, arriving in phase 2, (2,0).</summary>
    public static IReadOnlyList<double[]> Centers { get; } = [[0, 0], [0, 2], [2, 0]];

    /// <summary>Φ(1): the best phase-1 accuracy; 3 standard errors on 2000 test points is 0.025.</summary>
    public const double BayesPhase1 = 0.8413;

    public static GaussianScenario WithPhase2Sizes(params int[] phase2Sizes) =>
        new(Centers, [[1000, 1000], phase2Sizes], TestPerCategory: 1000);

    /// <summary>20 seeds at the full budget, 3 at the smoke budget (the scenario is cheap either way).</summary>
    public static ExperimentDefinition Definition(string name, string description, Budget budget, GaussianScenario scenario, params StrategyDefinition[] strategies) =>
        new(name, description, scenario, NetworkSpec.SeedScenario, FitSettings.SeedScenario, Seeds: budget == Budget.Full ? 20 : 3, strategies, budget)
        {
            Headline = MetricCatalog.TestAccuracyFinal,
        };
}
