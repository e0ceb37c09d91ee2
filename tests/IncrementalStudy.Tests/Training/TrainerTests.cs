using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Training;

public class TrainerTests
{
    private static (Mlp Model, Dataset Train, Dataset Test) SeedPhase1(int seed)
    {
        var blobs = new GaussianBlobs([[0, 0], [0, 2]]);
        Dataset train = blobs.Generate([1000, 1000], Rng.For("trainer-test", seed, "train"));
        Dataset test = blobs.Generate([1000, 1000], Rng.For("trainer-test", seed, "test"));
        Mlp model = Mlp.Create(NetworkSpec.SeedScenario, 2, Rng.For("trainer-test", seed, "body"), Rng.For("trainer-test", seed, "head"));
        return (model, train, test);
    }

    [Fact]
    public void Fit_has_keras_batching_epoch_zero_and_running_means()
    {
        (Mlp model, Dataset train, Dataset test) = SeedPhase1(1);
        IReadOnlyList<EpochStats> history = Trainer.Fit(model, OptimizerSpec.NadamKeras2.Create(), LossKind.SoftmaxCrossEntropy,
            train, test, new FitSettings(3, 32), new Rng(5));

        Assert.Equal([0, 1, 2, 3], history.Select(h => h.Epoch));
        Assert.Null(history[0].RunningLoss);
        Assert.Equal(0, history[0].GradientSteps);
        // 2000 samples in batches of 32: 62 full batches and one of 16, every epoch.
        Assert.Equal([0L, 63, 126, 189], history.Select(h => h.GradientSteps));
        // Running values are measured before each update, so in epoch 1 they are worse than the fixed-weight end of epoch 1.
        Assert.True(history[1].RunningLoss > history[1].Train.Loss);
        Assert.True(history[3].Train.Loss < history[0].Train.Loss);
    }

    [Fact]
    public void Running_loss_is_the_sample_weighted_mean_of_pre_update_batch_losses()
    {
        // With a zero learning rate the weights never move, so the running mean must equal the fixed-weight loss.
        (Mlp model, Dataset train, Dataset test) = SeedPhase1(2);
        IReadOnlyList<EpochStats> history = Trainer.Fit(model, new OptimizerSpec(OptimizerKind.Sgd, 0.0).Create(), LossKind.SoftmaxCrossEntropy,
            train, test, new FitSettings(1, 30), new Rng(6)); // 2000 / 30 leaves a partial batch of 20
        Assert.Equal(history[0].Train.Loss, history[1].RunningLoss!.Value, 5);
        Assert.Equal(history[0].Train.Accuracy, history[1].RunningAccuracy!.Value, 10);
    }

    /// <summary>
    /// With two classes dL/dz0 = -dL/dz1 and Nadam's update is odd in the gradient, so b0 + b1 stays 0 and the sum of
    /// the two head kernel columns stays at its initial value (docs/design.md §1).
    /// </summary>
    [Fact]
    public void Two_class_fit_keeps_the_antisymmetry_invariant()
    {
        (Mlp model, Dataset train, Dataset test) = SeedPhase1(3);
        float[] initialKernel = model.Head.Kernel.Value.ToArray();
        Trainer.Fit(model, OptimizerSpec.NadamKeras2.Create(), LossKind.SoftmaxCrossEntropy, train, test, FitSettings.SeedScenario, new Rng(7));

        float[] bias = model.Head.Bias.Value, kernel = model.Head.Kernel.Value;
        Assert.True(Math.Abs(bias[0]) > 1e-3, "the biases should have moved");
        Assert.True(Math.Abs(bias[0] + bias[1]) < 1e-5, $"b0 + b1 = {bias[0] + bias[1]}");
        for (int r = 0; r < model.Head.Inputs; r++)
        {
            float sum = kernel[2 * r] + kernel[2 * r + 1], initialSum = initialKernel[2 * r] + initialKernel[2 * r + 1];
            Assert.True(Math.Abs(kernel[2 * r] - initialKernel[2 * r]) > 1e-3, "the kernel should have moved");
            Assert.True(Math.Abs(sum - initialSum) < 1e-4, $"row {r}: column sum {sum}, initially {initialSum}");
        }
    }

    [Fact]
    public void Phase_one_reaches_but_does_not_beat_the_bayes_limit()
    {
        (Mlp model, Dataset train, Dataset test) = SeedPhase1(4);
        IReadOnlyList<EpochStats> history = Trainer.Fit(model, OptimizerSpec.NadamKeras2.Create(), LossKind.SoftmaxCrossEntropy,
            train, test, FitSettings.SeedScenario, new Rng(8));
        // Φ(1) = 0.8413; 3 standard errors on 2000 test points is 0.025.
        Assert.InRange(history[^1].Test.Accuracy, 0.80, 0.8413 + 0.025);
    }
}
