using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Training;

public class FitLedgerTests
{
    [Fact]
    public void Training_and_evaluation_multiply_adds_are_counted_apart()
    {
        // 2 → 4 → 3: 2·4 + 4·3 = 20 multiply-adds per prediction. 10 training and 5 test samples, 2 epochs:
        // training 3 · 20 · 10 · 2 = 1200; evaluations on both sets at epochs 0, 1, 2: 20 · 15 · 3 = 900.
        Mlp model = TestData.Network(2, [4], Activation.Tanh, 3, seed: 1);
        var train = new Dataset(TestData.Uniform(20, seed: 2, -1, 1), TestData.Labels(10, 3, seed: 3), 2);
        var test = new Dataset(TestData.Uniform(10, seed: 4, -1, 1), TestData.Labels(5, 3, seed: 5), 2);
        Assert.Equal(20, model.MultiplyAddsPerPrediction);
        int callbacks = 0;
        using (FitLedger ledger = FitLedger.Open())
        {
            Trainer.Fit(model, OptimizerSpec.NadamKeras2.Create(), LossKind.SoftmaxCrossEntropy, train, test, new FitSettings(2, 4), new Rng(6),
                _ => { callbacks++; Trainer.Logits(model, test); });
            Assert.Equal(1200, ledger.TrainingMultiplyAdds);
            Assert.Equal(900 + 3 * 20 * 5, ledger.EvaluationMultiplyAdds); // the callback's scoring is evaluation too
            Assert.True(ledger.EvaluationMs > 0);
            Assert.Same(ledger, FitLedger.Current);
        }
        Assert.Equal(3, callbacks);
        Assert.Null(FitLedger.Current);
        Trainer.Logits(model, test); // no ledger open: nothing to count, nothing fails
    }
}
