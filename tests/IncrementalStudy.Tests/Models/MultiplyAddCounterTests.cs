using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Models;

public class MultiplyAddCounterTests
{
    [Fact]
    public void A_fit_counts_each_gemm_and_keeps_its_evaluations_apart()
    {
        // 2 → 4 → 3. A forward pass is 2·4 + 4·3 = 20 multiply-adds per sample; the backward pass adds both kernel gradients
        // (8 + 12) and the input gradient of the head only (12): the first layer's input gradient is never computed. 10
        // training samples, 2 epochs: (20 + 32) · 10 · 2 = 1040 of training. Evaluations on both sets at epochs 0, 1, 2:
        // 20 · 15 · 3 = 900, and the callback scores the test set 3 times: 20 · 5 · 3 = 300.
        Mlp model = TestData.Network(2, [4], Activation.Tanh, 3, seed: 1);
        var train = new Dataset(TestData.Uniform(20, seed: 2, -1, 1), TestData.Labels(10, 3, seed: 3), 2);
        var test = new Dataset(TestData.Uniform(10, seed: 4, -1, 1), TestData.Labels(5, 3, seed: 5), 2);
        MultiplyAddCounts before = MultiplyAddCounter.Snapshot();
        int callbacks = 0;
        Trainer.Fit(model, OptimizerSpec.NadamKeras2.Create(), LossKind.SoftmaxCrossEntropy, train, test, new FitSettings(2, 4), new Rng(6),
            _ => { callbacks++; Trainer.Logits(model, test); });
        MultiplyAddCounts work = MultiplyAddCounter.Snapshot() - before;
        Assert.Equal(3, callbacks);
        Assert.Equal(1040, work.Training);
        Assert.Equal(900 + 300, work.Evaluation);
        Assert.True(work.EvaluationTicks > 0);
    }

    [Fact]
    public void Scoring_outside_an_evaluation_scope_is_training_work_and_nested_scopes_count_once()
    {
        Mlp model = TestData.Network(2, [4], Activation.Tanh, 3, seed: 1);
        var data = new Dataset(TestData.Uniform(10, seed: 4, -1, 1), TestData.Labels(5, 3, seed: 5), 2);
        MultiplyAddCounts before = MultiplyAddCounter.Snapshot();
        Trainer.Logits(model, data); // e.g. a teacher's outputs for distillation
        using (MultiplyAddCounter.Evaluating())
        using (MultiplyAddCounter.Evaluating())
            Trainer.Logits(model, data);
        MultiplyAddCounts work = MultiplyAddCounter.Snapshot() - before;
        Assert.Equal(100, work.Training);
        Assert.Equal(100, work.Evaluation);
        // Closed twice but timed once: the ticks are at most the wall time of the outer scope.
        MultiplyAddCounts idle = MultiplyAddCounter.Snapshot();
        Assert.Equal(work.EvaluationTicks, (idle - before).EvaluationTicks);
    }

    [Fact]
    public void Convolution_layers_count_their_lowered_gemms()
    {
        // 1×7×7 → conv 3×3×3 valid (5×5 positions × 9 patch values × 3 filters = 675) → flatten 75 → 4 → 2.
        // Forward 675 + 300 + 8 = 983 per sample. Backward: the convolution is the first layer with weights, so only its
        // kernel gradient (675); the dense layers both gradients (2·300 + 2·8) = 1291 per sample.
        var spec = new ConvNetSpec(new ImageShape(1, 7, 7), [ConvStage.Convolution(3, 3, Padding.Valid)], [4], Activation.Relu);
        INetwork network = spec.CreateNetwork(2, new Rng(1), new Rng(2));
        Assert.Equal(983, network.MultiplyAddsPerPrediction);
        float[] inputs = TestData.Uniform(3 * 49, seed: 3, -1, 1);
        MultiplyAddCounts before = MultiplyAddCounter.Snapshot();
        network.Forward(inputs, 3);
        network.Backward(inputs, 3, new float[3 * 2]);
        Assert.Equal(3 * (983 + 1291), (MultiplyAddCounter.Snapshot() - before).Training);
    }
}
