using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Models;

/// <summary>
/// Backpropagated float32 gradients of the convolutional layers, alone and composed, against central finite differences of the
/// naive double-precision passes in <see cref="ConvReference"/>. A layer alone is checked through the scalar L = Σ G ⊙ y for a
/// random upstream gradient G, which exercises every parameter and input gradient.
/// </summary>
public class ConvGradientCheckTests
{
    private const double H = 1e-6;

    [Theory]
    [InlineData(1, 7, 1, Padding.Valid, 2, Activation.Tanh)]
    [InlineData(1, 7, 1, Padding.Same, 3, Activation.Linear)]
    [InlineData(3, 7, 3, Padding.Same, 2, Activation.Tanh)]
    [InlineData(3, 7, 3, Padding.Valid, 1, Activation.Sigmoid)]
    [InlineData(3, 7, 5, Padding.Valid, 4, Activation.Tanh)]
    [InlineData(1, 7, 5, Padding.Same, 3, Activation.Linear)]
    [InlineData(3, 7, 4, Padding.Same, 2, Activation.Tanh)] // even kernel: the extra zero row and column go after the image
    [InlineData(3, 5, 5, Padding.Valid, 2, Activation.Tanh)] // the kernel covers the whole input: one output position
    [InlineData(1, 28, 5, Padding.Same, 2, Activation.Tanh)]
    [InlineData(1, 28, 3, Padding.Valid, 1, Activation.Tanh)]
    public void Convolution_gradients_match_finite_differences(int channels, int size, int kernel, Padding padding, int filters, Activation activation)
    {
        var layer = new Conv2DLayer(new ImageShape(channels, size, size), filters, kernel, padding, activation, "conv");
        Randomise(layer.Kernel, seed: 1, 0.5);
        Randomise(layer.Bias, seed: 2, 0.5);
        AssertLayerGradients(layer, rows: 2);
    }

    [Theory]
    [InlineData(3, 7, 7)] // odd: the last row and column get no gradient
    [InlineData(2, 6, 8)]
    [InlineData(1, 28, 28)]
    public void Pooling_gradient_matches_finite_differences(int channels, int height, int width) =>
        AssertLayerGradients(new MaxPool2x2Layer(new ImageShape(channels, height, width)), rows: 2);

    [Fact]
    public void Flatten_and_channels_last_gradients_match_finite_differences()
    {
        AssertLayerGradients(new FlattenLayer(new ImageShape(3, 4, 5)), rows: 2);
        AssertLayerGradients(new ChannelsLastLayer(new ImageShape(3, 4, 5)), rows: 2);
    }

    public static TheoryData<ConvNetSpec> Networks() => new()
    {
        new ConvNetSpec(new ImageShape(3, 7, 7),
            [ConvStage.Convolution(4, 3, Padding.Same), ConvStage.MaxPool, ConvStage.Convolution(5, 3, Padding.Valid)], [6], Activation.Tanh),
        new ConvNetSpec(new ImageShape(3, 7, 7),
            [ConvStage.Convolution(3, 5, Padding.Same), ConvStage.MaxPool, ConvStage.Convolution(4, 1, Padding.Valid)], [5], Activation.Relu),
        new ConvNetSpec(new ImageShape(1, 28, 28),
            [ConvStage.Convolution(2, 5, Padding.Same), ConvStage.MaxPool, ConvStage.Convolution(3, 5, Padding.Valid), ConvStage.MaxPool], [4], Activation.Tanh),
    };

    /// <summary>The whole chain under softmax cross-entropy, including the channel-major input and Keras's flatten order.</summary>
    [Theory]
    [MemberData(nameof(Networks))]
    public void Network_gradients_match_finite_differences(ConvNetSpec spec)
    {
        const int rows = 3, outputs = 3;
        SequentialNetwork network = SequentialNetwork.Create(spec, outputs, new Rng(5), new Rng(6));
        ulong seed = 7;
        foreach (Parameter p in network.Parameters.Where(p => p.Name.EndsWith("/bias", StringComparison.Ordinal))) Randomise(p, seed++, 0.3);
        float[] inputs = TestData.Uniform(rows * network.Inputs, seed: 8);
        int[] labels = TestData.Labels(rows, outputs, seed: 9);
        var logitGradient = new float[rows * outputs];
        Losses.Compute(LossKind.SoftmaxCrossEntropy, network.Forward(inputs, rows), rows, outputs, labels, logitGradient, 1f / rows, out _);
        network.Backward(inputs, rows, logitGradient);

        Parameter[] parameters = [.. network.Parameters];
        double[][] weights = [.. parameters.Select(p => ConvReference.ToDouble(p.Value))];
        for (int p = 0; p < parameters.Length; p++)
            for (int i = 0; i < parameters[p].Length; i++)
            {
                double numeric = Central(ref weights[p][i], () => ConvReference.MeanLoss(network, weights, inputs, labels));
                AssertClose(numeric, parameters[p].Gradient[i], $"{parameters[p].Name}[{i}]");
            }
    }

    private static void AssertLayerGradients(ILayer layer, int rows)
    {
        float[] input = TestData.Uniform(rows * layer.InputWidth, seed: 3);
        float[] upstream = TestData.Uniform(rows * layer.OutputWidth, seed: 4);
        var output = new float[rows * layer.OutputWidth];
        layer.Forward(input, rows, output);
        float[] outputGradient = [.. upstream];
        var inputGradient = new float[rows * layer.InputWidth];
        layer.Backward(input, output, rows, outputGradient, inputGradient);

        Parameter[] parameters = [.. layer.Parameters];
        double[][] weights = [.. parameters.Select(p => ConvReference.ToDouble(p.Value))];
        double[] x = ConvReference.ToDouble(input);
        double Loss()
        {
            double sum = 0;
            for (int r = 0; r < rows; r++)
            {
                double[] y = ConvReference.Layer(layer, weights, x[(r * layer.InputWidth)..((r + 1) * layer.InputWidth)]);
                for (int j = 0; j < y.Length; j++) sum += upstream[r * layer.OutputWidth + j] * y[j];
            }
            return sum;
        }

        for (int p = 0; p < parameters.Length; p++)
            for (int i = 0; i < parameters[p].Length; i++)
                AssertClose(Central(ref weights[p][i], Loss), parameters[p].Gradient[i], $"{parameters[p].Name}[{i}]");
        for (int i = 0; i < x.Length; i++)
            AssertClose(Central(ref x[i], Loss), inputGradient[i], $"input[{i}]");
    }

    private static double Central(ref double value, Func<double> loss)
    {
        double original = value;
        value = original + H;
        double plus = loss();
        value = original - H;
        double minus = loss();
        value = original;
        return (plus - minus) / (2 * H);
    }

    // As in GradientCheckTests: float32 backprop through rational tanh against a double forward.
    private static void AssertClose(double numeric, double analytic, string what) =>
        Assert.True(Math.Abs(numeric - analytic) <= 2e-4 + 2e-3 * Math.Abs(numeric), $"{what}: backprop {analytic}, finite difference {numeric}");

    private static void Randomise(Parameter parameter, ulong seed, double limit)
    {
        var rng = new Rng(seed);
        for (int i = 0; i < parameter.Length; i++) parameter.Value[i] = (float)rng.NextUniform(-limit, limit);
    }
}
