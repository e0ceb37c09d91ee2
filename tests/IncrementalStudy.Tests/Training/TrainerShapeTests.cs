using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Training;

/// <summary>Data that does not fit the model is refused at the trainer's boundary instead of being read with the wrong stride.</summary>
public class TrainerShapeTests
{
    private static Mlp Model(int inputs, int outputs) => Mlp.Create(new NetworkSpec(inputs, [4], Activation.Tanh), outputs, new Rng(1), new Rng(2));

    private static Dataset Data(int features, params int[] labels) =>
        new([.. Enumerable.Range(0, labels.Length * features).Select(i => i % 7 / 7f)], labels, features);

    [Fact]
    public void Fit_refuses_data_of_another_width()
    {
        var error = Assert.Throws<ArgumentException>(() => Trainer.Fit(Model(3, 2), new Sgd(0.1, 0), LossKind.SoftmaxCrossEntropy,
            Data(4, 0, 1, 0, 1), Data(3, 0, 1), new FitSettings(1, 2), new Rng(3)));
        Assert.Contains("4 features", error.Message);
        Assert.Contains("3 inputs", error.Message);
    }

    [Fact]
    public void Evaluate_and_logits_refuse_data_of_another_width()
    {
        Assert.Contains("2 features", Assert.Throws<ArgumentException>(() => Trainer.Logits(Model(3, 2), Data(2, 0, 1))).Message);
        Assert.Contains("2 features", Assert.Throws<ArgumentException>(() => Trainer.Evaluate(Model(3, 2), LossKind.SoftmaxCrossEntropy, Data(2, 0, 1))).Message);
    }

    [Fact]
    public void Labels_beyond_the_outputs_are_refused()
    {
        var softmax = Assert.Throws<ArgumentException>(() => Trainer.Fit(Model(3, 2), new Sgd(0.1, 0), LossKind.SoftmaxCrossEntropy,
            Data(3, 0, 1, 2), Data(3, 0, 1), new FitSettings(1, 2), new Rng(3)));
        Assert.Contains("label 2", softmax.Message);
        var binary = Assert.Throws<ArgumentException>(() => Trainer.Evaluate(Model(3, 1), LossKind.BinaryCrossEntropy, Data(3, 0, 1, 2)));
        Assert.Contains("label 2", binary.Message);
    }

    [Fact]
    public void Hidden_features_refuse_data_of_another_width() =>
        Assert.Contains("5 features", Assert.Throws<ArgumentException>(() => Model(3, 2).HiddenFeatures(Data(5, 0, 1))).Message);

    [Fact]
    public void A_sigmoid_loss_needs_exactly_one_output() =>
        Assert.Contains("has 2", Assert.Throws<ArgumentException>(() => Trainer.Evaluate(Model(3, 2), LossKind.BinaryCrossEntropy, Data(3, 0, 1))).Message);
}
