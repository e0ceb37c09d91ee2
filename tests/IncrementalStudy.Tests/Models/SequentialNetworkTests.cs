using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Models;

public class SequentialNetworkTests
{
    private static readonly ConvNetSpec ThreeChannels = new(new ImageShape(3, 7, 7),
        [ConvStage.Convolution(4, 3, Padding.Same), ConvStage.MaxPool, ConvStage.Convolution(5, 3, Padding.Valid)], [6], Activation.Relu);

    [Fact]
    public void LeNet5_has_the_classic_shapes_and_parameter_count()
    {
        SequentialNetwork network = SequentialNetwork.Create(ConvNetSpec.LeNet5(), 10, new Rng(1), new Rng(2));
        Assert.Equal(784, network.Inputs);
        Assert.Equal([4704, 1176, 1600, 400, 400, 120, 84, 10], network.Layers.Select(l => l.OutputWidth));
        // 156 + 2416 + 48120 + 10164 + 850, LeCun et al. (1998)'s 60 k order with a full C3 table.
        Assert.Equal(61706, network.ParameterCount);
        Assert.Equal(784 * 25 * 6 + 100 * 150 * 16 + 400 * 120 + 120 * 84 + 84 * 10, network.MultiplyAddsPerPrediction);
        Assert.Equal("1×28×28 → conv 5×5×6 same tanh → pool 2×2 → conv 5×5×16 valid tanh → pool 2×2 → 120 tanh → 84 tanh → head",
            ConvNetSpec.LeNet5().ToString());
    }

    [Theory]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.Relu)]
    public void Initialisation_is_glorot_or_he_uniform_and_the_head_has_its_own_stream(Activation activation)
    {
        SequentialNetwork a = SequentialNetwork.Create(ConvNetSpec.LeNet5(activation), 10, new Rng(1), new Rng(2));
        SequentialNetwork b = SequentialNetwork.Create(ConvNetSpec.LeNet5(activation), 3, new Rng(1), new Rng(3));
        var conv = (Conv2DLayer)a.Layers[0];
        double limit = activation == Activation.Relu ? Math.Sqrt(6.0 / 25) : Math.Sqrt(6.0 / (25 + 150));
        Assert.All(conv.Kernel.Value, w => Assert.InRange(Math.Abs(w), 0, limit));
        Assert.True(conv.Kernel.Value.Max(Math.Abs) > 0.9 * limit, "150 draws should come near the limit");
        Assert.All(a.Parameters.Where(p => p.Name.EndsWith("/bias", StringComparison.Ordinal)), p => Assert.All(p.Value, v => Assert.Equal(0f, v)));
        foreach ((Parameter p, Parameter q) in a.Parameters.Zip(b.Parameters).Where(pair => !pair.First.Name.StartsWith("head", StringComparison.Ordinal)))
            Assert.Equal(p.Value, q.Value);
    }

    /// <summary>Rows are independent and each element's summation order does not depend on the batch: 7 rows = 3 + 4 rows, bit for bit.</summary>
    [Fact]
    public void Logits_and_hidden_features_are_the_same_bits_for_any_batch_split()
    {
        foreach (ConvNetSpec spec in new[] { ConvNetSpec.LeNet5(), ThreeChannels })
        {
            SequentialNetwork network = SequentialNetwork.Create(spec, 5, new Rng(4), new Rng(5));
            float[] inputs = TestData.Uniform(7 * network.Inputs, seed: 6);
            float[] whole = network.Forward(inputs, 7).ToArray();
            float[] first = network.Forward(inputs.AsSpan(0, 3 * network.Inputs), 3).ToArray();
            float[] rest = network.Forward(inputs.AsSpan(3 * network.Inputs), 4).ToArray();
            Assert.Equal(whole, (float[])[.. first, .. rest]);

            var data = new Dataset(inputs, new int[7], network.Inputs);
            float[] features = network.HiddenFeatures(data);
            float[] split = [.. network.HiddenFeatures(data.Select([0, 1, 2])), .. network.HiddenFeatures(data.Select([3, 4, 5, 6]))];
            Assert.Equal(features, split);
        }
    }

    /// <summary>The layer's input gradient for a sample depends on that sample only: batch of 7 = batches of 3 and 4.</summary>
    [Theory]
    [InlineData(Padding.Same)]
    [InlineData(Padding.Valid)]
    public void Convolution_input_gradient_is_the_same_bits_for_any_batch_split(Padding padding)
    {
        var layer = new Conv2DLayer(new ImageShape(3, 7, 7), 9, 3, padding, Activation.Tanh, "conv");
        TestData.Uniform(layer.Kernel.Length, seed: 1).CopyTo(layer.Kernel.Value, 0);
        int iw = layer.InputWidth, ow = layer.OutputWidth;
        float[] x = TestData.Uniform(7 * iw, seed: 2), g = TestData.Uniform(7 * ow, seed: 3);
        float[] Run(int start, int rows)
        {
            var y = new float[rows * ow];
            var dx = new float[rows * iw];
            layer.Forward(x.AsSpan(start * iw, rows * iw), rows, y);
            layer.Backward(x.AsSpan(start * iw, rows * iw), y, rows, g.AsSpan(start * ow, rows * ow).ToArray(), dx);
            return dx;
        }
        Assert.Equal(Run(0, 7), (float[])[.. Run(0, 3), .. Run(3, 4)]);
    }

    [Fact]
    public void Clones_on_other_threads_give_the_same_bits_and_training_one_leaves_the_original()
    {
        SequentialNetwork network = SequentialNetwork.Create(ThreeChannels, 3, new Rng(7), new Rng(8));
        float[] inputs = TestData.Uniform(11 * network.Inputs, seed: 9);
        float[] expected = network.Forward(inputs, 11).ToArray();
        float[][] results = new float[4][];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t => results[t] = network.Clone().Forward(inputs, 11).ToArray());
        Assert.All(results, r => Assert.Equal(expected, r));

        SequentialNetwork clone = network.Clone();
        Trainer.Fit(clone, new OptimizerSpec(OptimizerKind.Sgd, 0.1).Create(), LossKind.SoftmaxCrossEntropy,
            new Dataset(inputs, TestData.Labels(11, 3, seed: 10), network.Inputs), Dataset.Empty(network.Inputs),
            new FitSettings(2, 4), new Rng(11));
        Assert.Equal(expected, network.Forward(inputs, 11).ToArray());
        Assert.NotEqual(expected, clone.Forward(inputs, 11).ToArray());
    }

    [Fact]
    public void A_zero_output_added_to_the_head_leaves_the_old_logits_bit_for_bit()
    {
        SequentialNetwork network = SequentialNetwork.Create(ThreeChannels, 2, new Rng(12), new Rng(13));
        float[] inputs = TestData.Uniform(5 * network.Inputs, seed: 14);
        float[] before = network.Forward(inputs, 5).ToArray();
        network.AddOutput(new float[network.Head.Inputs], 0f);
        float[] after = network.Forward(inputs, 5).ToArray();
        Assert.Equal(3, network.Outputs);
        for (int r = 0; r < 5; r++)
        {
            Assert.Equal(before.AsSpan(r * 2, 2).ToArray(), after.AsSpan(r * 3, 2).ToArray());
            Assert.Equal(0f, after[r * 3 + 2]);
        }
    }

    [Fact]
    public void Trainer_fits_a_small_image_task()
    {
        // Class = which quadrant holds a bright 2×2 blob on a noisy 3×8×8 image.
        const int count = 240;
        var shape = new ImageShape(3, 8, 8);
        var rng = new Rng(15);
        var features = new float[count * shape.Size];
        var labels = new int[count];
        for (int s = 0; s < count; s++)
        {
            labels[s] = rng.NextInt(4);
            int top = labels[s] / 2 * 4 + 1, left = labels[s] % 2 * 4 + 1;
            for (int c = 0; c < 3; c++)
                for (int y = 0; y < 8; y++)
                    for (int x = 0; x < 8; x++)
                        features[s * shape.Size + (c * 8 + y) * 8 + x] =
                            (float)rng.NextUniform(-0.3, 0.3) + (y - top is 0 or 1 && x - left is 0 or 1 ? 1f : 0f);
        }
        var data = new Dataset(features, labels, shape.Size);
        var spec = new ConvNetSpec(shape, [ConvStage.Convolution(4, 3, Padding.Same), ConvStage.MaxPool], [8], Activation.Relu);
        SequentialNetwork network = SequentialNetwork.Create(spec, 4, new Rng(16), new Rng(17));
        IReadOnlyList<EpochStats> history = Trainer.Fit(network, OptimizerSpec.NadamKeras2.Create(), LossKind.SoftmaxCrossEntropy,
            data, data, new FitSettings(15, 16), new Rng(18));
        Assert.True(history[^1].Test.Accuracy > 0.95, $"accuracy {history[^1].Test.Accuracy}");
    }

    [Fact]
    public void Both_bodies_are_built_through_the_same_spec_interface()
    {
        INetworkSpec[] specs = [new NetworkSpec(4, [3], Activation.Tanh), ThreeChannels];
        INetwork[] networks = [.. specs.Select(s => s.CreateNetwork(2, new Rng(1), new Rng(2)))];
        Assert.IsType<Mlp>(networks[0]);
        Assert.IsType<SequentialNetwork>(networks[1]);
        Assert.Equal([4, 147], networks.Select(n => n.Inputs));
        // The MLP path through the interface is Mlp.Create itself.
        Mlp direct = Mlp.Create(new NetworkSpec(4, [3], Activation.Tanh), 2, new Rng(1), new Rng(2));
        Assert.Equal(direct.Parameters.SelectMany(p => p.Value), networks[0].Parameters.SelectMany(p => p.Value));
    }
}
