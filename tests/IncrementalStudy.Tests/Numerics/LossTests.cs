using IncrementalStudy.Numerics;

namespace IncrementalStudy.Tests.Numerics;

public class LossTests
{
    [Fact]
    public void Softmax_cross_entropy_matches_hand_computed_values()
    {
        // logits (1, 2, 3), label 2: loss = log(e + e² + e³) - 3 = 0.40760596; p = (0.09003057, 0.24472847, 0.66524096)
        float[] logits = [1, 2, 3];
        var gradient = new float[3];
        double loss = Losses.SoftmaxCrossEntropy(logits, 1, 3, [2], gradient, 1f, out int correct);
        Assert.Equal(0.40760596, loss, 1e-6);
        Assert.Equal(1, correct);
        Assert.Equal(0.09003057f, gradient[0], 6);
        Assert.Equal(0.24472847f, gradient[1], 6);
        Assert.Equal(0.66524096f - 1f, gradient[2], 6);
    }

    [Fact]
    public void Softmax_cross_entropy_is_stable_for_huge_logits()
    {
        double loss = Losses.SoftmaxCrossEntropy([1000f, 0f], 1, 2, [1], [], 0f, out int correct);
        Assert.Equal(1000.0, loss, 3);
        Assert.Equal(0, correct);
    }

    /// <summary>
    /// Gradients that would be subnormal are flushed to zero: subnormal operands cost the FMA units a microcode assist each,
    /// which made long category-scaling runs several times slower, and they change no decision.
    /// </summary>
    [Fact]
    public void Vanishing_gradients_are_flushed_to_zero_not_left_subnormal()
    {
        // p(class 1) = e^-95 / (1 + e^-95) ≈ 5.5e-42, subnormal; the loss itself is still exact: log(1 + e^-95) ≈ 5.5e-42.
        var gradient = new float[2];
        double loss = Losses.SoftmaxCrossEntropy([0f, -95f], 1, 2, [0], gradient, 1f, out _);
        Assert.Equal(0.0, loss, 1e-12);
        Assert.Equal(0f, gradient[1]);
        Assert.False(float.IsSubnormal(gradient[0]));

        var binary = new float[1];
        Losses.BinaryCrossEntropy([-95f], 1, [0], binary, 1f, out _);
        Assert.Equal(0f, binary[0]);
        Losses.BinaryCrossEntropy([-20f], 1, [0], binary, 1f, out _);
        Assert.Equal(2.0611537e-9f, binary[0], 1e-15f); // σ(−20), normal: kept
    }

    [Fact]
    public void Softmax_cross_entropy_turns_nan_logits_into_a_nan_loss()
    {
        Assert.True(double.IsNaN(Losses.SoftmaxCrossEntropy([0f, float.NaN, 1f], 1, 3, [0], new float[3], 1f, out _)));
        Assert.True(double.IsNaN(Losses.SoftmaxCrossEntropy([float.NaN, 0f], 1, 2, [1], [], 0f, out _)));
    }

    [Fact]
    public void Binary_cross_entropy_matches_hand_computed_values()
    {
        // z = 0.5, y = 1: log(1 + e^-0.5) = 0.47407698; z = -2, y = 1: log(1 + e^2) = 2.12692801; gradient σ(z) - y
        float[] logits = [0.5f, -2f];
        var gradient = new float[2];
        double loss = Losses.BinaryCrossEntropy(logits, 2, [1, 1], gradient, 0.5f, out int correct);
        Assert.Equal(0.47407698 + 2.12692801, loss, 1e-6);
        Assert.Equal(1, correct);
        Assert.Equal((0.62245933f - 1f) * 0.5f, gradient[0], 6);
        Assert.Equal((0.11920292f - 1f) * 0.5f, gradient[1], 6);
        Assert.Equal(50.0, Losses.BinaryCrossEntropy([-50f], 1, [1], [], 0f, out _), 4);
    }

    [Fact]
    public void Argmax_takes_the_first_of_equal_values_like_numpy()
    {
        Assert.Equal(0, Softmax.ArgMax([0f, 0f, -1f]));
        Assert.Equal(2, Softmax.ArgMax([-3f, -2f, 0f]));
    }

    [Fact]
    public void Softmax_probabilities_sum_to_one_and_log_probabilities_agree()
    {
        float[] logits = [-1f, 0.5f, 4f, 2f];
        var p = new float[4];
        var logP = new float[4];
        Softmax.Probabilities(logits, p);
        Softmax.LogProbabilities(logits, logP);
        Assert.Equal(1.0, p.Sum(), 6);
        for (int i = 0; i < 4; i++) Assert.Equal(Math.Log(p[i]), logP[i], 5);
    }

    [Theory]
    [InlineData(Activation.Tanh, 0.5f, 0.46211716f)]
    [InlineData(Activation.Relu, -0.5f, 0f)]
    [InlineData(Activation.Relu, 0.7f, 0.7f)]
    [InlineData(Activation.Sigmoid, 0f, 0.5f)]
    [InlineData(Activation.Sigmoid, -100f, 3.7200760e-44f)]
    [InlineData(Activation.Linear, -3f, -3f)]
    public void Activations_match_hand_computed_values(Activation activation, float input, float expected)
    {
        float[] x = [input];
        Activations.Apply(activation, x);
        Assert.Equal(expected, x[0], 6);
    }
}
