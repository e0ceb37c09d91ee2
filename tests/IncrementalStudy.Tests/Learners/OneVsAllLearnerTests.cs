using IncrementalStudy.Data;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Learners;

public class OneVsAllLearnerTests
{
    private static readonly GaussianScenario Scenario = new([[0, 0], [0, 2], [2, 0]], [[1000, 1000], [200, 200, 200]], TestPerCategory: 300);

    private static (OneVsAllLearner Learner, ScenarioData Data) Create(OneVsAllArm arm, int x)
    {
        ScenarioData data = Scenario.Build("ova-test", 1);
        var context = new LearnerContext(NetworkSpec.SeedScenario, new FitSettings(3, 32), 2, 3, data.Sampler, p => Rng.For("ova-test", 1, p));
        return (new OneVsAllLearner(context, arm, x, OptimizerSpec.NadamKeras2), data);
    }

    [Fact]
    public void Each_model_sees_X_positives_and_X_negatives_split_evenly()
    {
        (OneVsAllLearner learner, ScenarioData data) = Create(OneVsAllArm.Incremental, 201);
        PhaseTraining phase1 = learner.Train(data.Phases[0]);
        Assert.Equal(["binary-0", "binary-1"], phase1.Fits.Select(f => f.Model));
        Assert.All(phase1.Fits, f => Assert.Equal(402, f.TrainingSamples));
        Assert.Equal([new ClassSamples(0, 201, 201), new ClassSamples(1, 201, 201)], phase1.Samples);

        learner.AddCategory(Dataset.Empty(2));
        PhaseTraining phase2 = learner.Train(data.Phases[1]);
        Assert.Equal(["binary-2"], phase2.Fits.Select(f => f.Model)); // old models are not retrained
        // 201 negatives over two other categories: 101 + 100.
        Assert.Equal([new ClassSamples(0, 0, 101), new ClassSamples(1, 0, 100), new ClassSamples(2, 201, 0)], phase2.Samples);
        Assert.Equal(3 * (2 * 10 + 10 + 10 + 1), learner.ParameterCount);
    }

    [Fact]
    public void Refit_retrains_every_model_and_predicts_all_categories_well()
    {
        (OneVsAllLearner learner, ScenarioData data) = Create(OneVsAllArm.RefitAll, 300);
        learner.Train(data.Phases[0]);
        learner.AddCategory(Dataset.Empty(2));
        PhaseTraining phase2 = learner.Train(data.Phases[1]);
        Assert.Equal(["binary-0", "binary-1", "binary-2"], phase2.Fits.Select(f => f.Model));
        Assert.Null(phase2.Fits[0].Epochs[0].SystemTestAccuracy); // model 2 does not exist yet
        Assert.NotNull(phase2.Fits[2].Epochs[^1].SystemTestAccuracy);
        int[] predicted = learner.Predict(data.Phases[1].Test);
        double accuracy = IncrementalStudy.Evaluation.Accuracy.Of(predicted, data.Phases[1].Test.Labels);
        // Three unit Gaussians at (0,0), (0,2), (2,0): the Bayes (nearest-centre) accuracy is 0.779 (Monte Carlo, 400k points);
        // 3 standard errors on 900 test points is 0.042.
        Assert.InRange(accuracy, 0.70, 0.779 + 0.042);
    }

    [Fact]
    public void Prediction_before_every_category_has_a_model_is_an_error()
    {
        (OneVsAllLearner learner, ScenarioData data) = Create(OneVsAllArm.Incremental, 50);
        Assert.Throws<InvalidOperationException>(() => learner.Predict(data.Phases[0].Test));
    }
}
