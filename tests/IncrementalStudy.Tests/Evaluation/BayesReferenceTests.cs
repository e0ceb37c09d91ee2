using IncrementalStudy.Data;
using IncrementalStudy.Evaluation;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Tests.Evaluation;

/// <summary>The Bayes forgetting reference of the seed scenario against an independent Monte Carlo estimate.</summary>
public class BayesReferenceTests
{
    private static readonly double[][] Centres = [[0, 0], [0, 2], [2, 0]];

    [Fact]
    public void Seed_scenario_reference_forgetting_matches_monte_carlo()
    {
        // Monte Carlo over the two old classes: accuracy of the nearest-centre rule among 2, then among 3 centres.
        var blobs = new GaussianBlobs(Centres);
        const int perClass = 200_000;
        double twoWay = 0, threeWay = 0, squares = 0;
        for (int c = 0; c < 2; c++)
        {
            Dataset points = blobs.Sample(c, perClass, Rng.For("bayes-reference-test", 0, $"monte-carlo/category-{c}"));
            for (int i = 0; i < points.Count; i++)
            {
                int lost = (blobs.NearestCentre(points.Row(i), 2) == c ? 1 : 0) - (blobs.NearestCentre(points.Row(i), 3) == c ? 1 : 0);
                twoWay += blobs.NearestCentre(points.Row(i), 2) == c ? 1 : 0;
                threeWay += blobs.NearestCentre(points.Row(i), 3) == c ? 1 : 0;
                squares += lost * lost;
            }
        }
        int n = 2 * perClass;
        double forgetting = (twoWay - threeWay) / n;
        double standardError = Math.Sqrt((squares / n - forgetting * forgetting) / n);
        Assert.Equal(0.8413, twoWay / n, 2); // Φ(1)
        Assert.InRange(forgetting, 0.080 - 4 * standardError - 0.005, 0.080 + 4 * standardError + 0.005); // the audit's 0.841 − 0.761

        // The per-seed reference on the scenario's own 2 × 1000 old test points: within 4 standard errors of that estimate.
        var scenario = new GaussianScenario(Centres, [[1000, 1000], [200, 200, 200]]);
        ScenarioData data = scenario.Build("seed-replication", 3);
        double perSeed = BayesReference.Forgetting(data, (IReferenceClassifier)data.Sampler);
        double seedError = Math.Sqrt(forgetting * (1 - forgetting) / 2000);
        Assert.InRange(perSeed, forgetting - 4 * seedError, forgetting + 4 * seedError);
    }

    [Fact]
    public void Reference_matrix_is_hand_checkable_on_separated_points()
    {
        // Far-apart centres: the reference is right everywhere, so it forgets nothing.
        var scenario = new GaussianScenario([[0, 0], [50, 0], [0, 50]], [[10, 10], [5, 5, 5]], TestPerCategory: 20);
        ScenarioData data = scenario.Build("bayes-reference-test", 1);
        double[,] r = BayesReference.AccuracyMatrix(data, (IReferenceClassifier)data.Sampler);
        Assert.Equal(1.0, r[0, 0]);
        Assert.Equal(0.0, r[0, 1]); // step 2's class has no output after step 1
        Assert.Equal(1.0, r[1, 0]);
        Assert.Equal(1.0, r[1, 1]);
        Assert.Equal(0.0, BayesReference.Forgetting(data, (IReferenceClassifier)data.Sampler));
    }
}
