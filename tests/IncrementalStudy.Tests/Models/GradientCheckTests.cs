using IncrementalStudy.Data;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Models;

/// <summary>Backpropagated float32 gradients against central finite differences of an independent double-precision forward pass.</summary>
public class GradientCheckTests
{
    public static TheoryData<Activation, LossKind, int> Cases()
    {
        var data = new TheoryData<Activation, LossKind, int>();
        foreach (Activation activation in Enum.GetValues<Activation>())
        {
            data.Add(activation, LossKind.SoftmaxCrossEntropy, 3);
            data.Add(activation, LossKind.BinaryCrossEntropy, 1);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_parameter_gradient_matches_finite_differences(Activation activation, LossKind loss, int outputs)
    {
        Mlp model = TestData.Network(3, [5, 4], activation, outputs, seed: 11);
        AssertGradientsMatch(model, loss, outputs);
    }

    [Theory]
    [InlineData(HeadInit.Zero)]
    [InlineData(HeadInit.Random)]
    public void Expanded_head_gradient_matches_finite_differences(HeadInit init)
    {
        Mlp model = TestData.Network(2, [6], Activation.Tanh, 2, seed: 5);
        (float[] column, float bias) = HeadInitializer.NewOutput(init, model, Dataset.Empty(2), 3, new Rng(9));
        model.AddOutput(column, bias);
        AssertGradientsMatch(model, LossKind.SoftmaxCrossEntropy, 3);
    }

    private static void AssertGradientsMatch(Mlp model, LossKind loss, int outputs)
    {
        const int rows = 7;
        float[] inputs = TestData.Uniform(rows * model.Inputs, seed: 3, -2, 2);
        int[] labels = TestData.Labels(rows, outputs == 1 ? 2 : outputs, seed: 4);
        var logitGradient = new float[rows * outputs];
        ReadOnlySpan<float> logits = model.Forward(inputs, rows);
        Losses.Compute(loss, logits, rows, outputs, labels, logitGradient, 1f / rows, out _);
        model.Backward(inputs, rows, logitGradient);

        double[][] weights = DoubleReference.Weights(model);
        Parameter[] parameters = [.. model.Parameters];
        const double h = 1e-6;
        for (int p = 0; p < parameters.Length; p++)
        {
            for (int i = 0; i < parameters[p].Length; i++)
            {
                double original = weights[p][i];
                weights[p][i] = original + h;
                double plus = DoubleReference.MeanLoss(model, weights, inputs, labels, loss);
                weights[p][i] = original - h;
                double minus = DoubleReference.MeanLoss(model, weights, inputs, labels, loss);
                weights[p][i] = original;
                double numeric = (plus - minus) / (2 * h);
                double analytic = parameters[p].Gradient[i];
                Assert.True(Math.Abs(numeric - analytic) <= 2e-4 + 2e-3 * Math.Abs(numeric),
                    $"{parameters[p].Name}[{i}]: backprop {analytic}, finite difference {numeric}");
            }
        }
    }

    [Fact]
    public void Float_forward_loss_agrees_with_the_double_reference()
    {
        Mlp model = TestData.Network(4, [8], Activation.Relu, 3, seed: 21);
        float[] inputs = TestData.Uniform(10 * 4, seed: 22);
        int[] labels = TestData.Labels(10, 3, seed: 23);
        double floatLoss = Losses.SoftmaxCrossEntropy(model.Forward(inputs, 10), 10, 3, labels, [], 0f, out _) / 10;
        double reference = DoubleReference.MeanLoss(model, DoubleReference.Weights(model), inputs, labels, LossKind.SoftmaxCrossEntropy);
        Assert.Equal(reference, floatLoss, 5);
    }
}
