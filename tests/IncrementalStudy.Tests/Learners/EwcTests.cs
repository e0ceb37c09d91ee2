using IncrementalStudy.Data;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Tests.Learners;

public class EwcTests
{
    private static Parameter Make(float[] values, int rows, int columns)
    {
        var p = new Parameter("w", rows, columns);
        values.CopyTo(p.Value, 0);
        return p;
    }

    private static readonly double[] Fisher = [0.5, 0, 2.0, 1.5, 0.25, 3.0];
    private static readonly double[] Anchor = [0.1, -0.4, 0.3, 0.0, 1.2, -0.7];

    [Fact]
    public void Penalty_is_half_lambda_F_delta_squared_and_its_gradient_matches_finite_differences()
    {
        float[] theta = [0.4f, 0.2f, -0.1f, 0.5f, 1.0f, -0.2f];
        const double lambda = 3;
        Parameter p = Make(theta, 2, 3);
        double value = new EwcPenaltyTerm([Fisher], [Anchor], lambda).AddParameterGradient([p]);
        double expected = 0;
        for (int i = 0; i < 6; i++) expected += 0.5 * lambda * Fisher[i] * Math.Pow(theta[i] - Anchor[i], 2);
        Assert.Equal(expected, value, 10);
        for (int i = 0; i < 6; i++)
        {
            float[] plus = [.. theta], minus = [.. theta];
            plus[i] += 1e-2f;
            minus[i] -= 1e-2f;
            double numeric = (Penalty(plus) - Penalty(minus)) / ((double)plus[i] - minus[i]);
            Assert.Equal(numeric, p.Gradient[i], 4);
        }

        double Penalty(float[] values) => new EwcPenaltyTerm([Fisher], [Anchor], lambda).AddParameterGradient([Make(values, 2, 3)]);
    }

    [Fact]
    public void Summed_state_has_the_gradient_of_the_two_separate_penalties()
    {
        var p = new Parameter("w", 1, 3);
        EwcState state = EwcState.Empty(p).Add([1, 0, 2], [0.5f, 9f, -1f]).Add([3, 0, 0.5], [0.1f, 7f, 2f]);
        Assert.Equal([4, 0, 2.5], state.Fisher);
        float[] theta = [0.3f, 1f, 0.2f];
        Parameter merged = Make(theta, 1, 3);
        new EwcPenaltyTerm([state.Fisher], [state.Anchor], 1).AddParameterGradient([merged]);
        // Σ_t F_t (θ − θ*_t) by hand.
        double[] separate = [1 * (0.3 - 0.5) + 3 * (0.3 - 0.1), 0, 2 * (0.2 + 1) + 0.5 * (0.2 - 2)];
        for (int i = 0; i < 3; i++) Assert.Equal(separate[i], merged.Gradient[i], 5);
    }

    [Fact]
    public void Columns_added_after_the_step_get_no_penalty()
    {
        var p = new Parameter("kernel", 2, 2);
        EwcState state = EwcState.Empty(p).Add([1, 2, 3, 4], [1f, 2f, 3f, 4f]);
        p.AppendColumns(1);
        EwcState grown = state.Grown(p);
        Assert.Equal([1, 2, 0, 3, 4, 0], grown.Fisher);
        Assert.Equal([1, 2, 0, 3, 4, 0], grown.Anchor);
    }

    [Fact]
    public void True_Fisher_of_an_output_bias_is_the_mean_of_p_times_one_minus_p()
    {
        var blobs = new GaussianBlobs([[0, 0], [0, 2], [2, 0]]);
        Dataset data = blobs.Generate([5, 4, 3], Rng.For("ewc-test", 1, "data"));
        Mlp model = Mlp.Create(NetworkSpec.SeedScenario, 3, Rng.For("ewc-test", 1, "body"), Rng.For("ewc-test", 1, "head"));
        double[][] fisher = DiagonalFisher.True(model, data);
        int biasIndex = model.Parameters.ToList().IndexOf(model.Head.Bias);
        var probabilities = new float[3];
        for (int j = 0; j < 3; j++)
        {
            double expected = 0;
            for (int n = 0; n < data.Count; n++)
            {
                Softmax.Probabilities(model.Forward(data.Row(n), 1), probabilities);
                expected += probabilities[j] * (1.0 - probabilities[j]) / data.Count;
            }
            Assert.Equal(expected, fisher[biasIndex][j], 5);
        }
    }

    [Fact]
    public void Fisher_sums_match_a_scalar_double_loop_bit_for_bit()
    {
        // 2 → 10 → 3: kernels of 20 and 30 values and biases of 10 and 3, so every vector width leaves a tail.
        var blobs = new GaussianBlobs([[0, 0], [0, 2], [2, 0]]);
        Dataset data = blobs.Generate([4, 3, 3], Rng.For("ewc-test", 2, "data"));
        Mlp model = Mlp.Create(NetworkSpec.SeedScenario, 3, Rng.For("ewc-test", 2, "body"), Rng.For("ewc-test", 2, "head"));
        foreach (KernelPath path in Kernels.Supported)
            using (Kernels.Use(path))
                FisherMatchesOneBackwardPassPerClass(model, data);
    }

    [Fact]
    public void Fisher_of_a_convolutional_network_matches_one_backward_pass_per_class_bit_for_bit()
    {
        // LeNet-5 on two-channel 12 × 12 images (so the first convolution lowers planar copies), 4 classes.
        ConvNetSpec spec = ConvNetSpec.LeNet5(Activation.Relu) with { Input = new ImageShape(2, 12, 12) };
        SequentialNetwork model = SequentialNetwork.Create(spec, 4, Rng.For("ewc-test", 3, "body"), Rng.For("ewc-test", 3, "head"));
        float[] features = [.. Enumerable.Range(0, 5 * model.Inputs).Select(i => (float)Math.Sin(0.37 * i))];
        var data = new Dataset(features, [0, 1, 2, 3, 1], model.Inputs);
        foreach (KernelPath path in Kernels.Supported)
            using (Kernels.Use(path))
                FisherMatchesOneBackwardPassPerClass(model, data);
    }

    /// <summary>The Fisher against its definition as first written: a one-row backward pass per sample and class, squares summed in double.</summary>
    private static void FisherMatchesOneBackwardPassPerClass(INetwork model, Dataset data)
    {
        double[][] fisher = DiagonalFisher.True(model, data);
        Parameter[] parameters = [.. model.Parameters];
        double[][] expected = [.. parameters.Select(q => new double[q.Length])];
        int outputs = model.Outputs;
        var probabilities = new float[outputs];
        for (int n = 0; n < data.Count; n++)
        {
            Softmax.Probabilities(model.Forward(data.Row(n), 1), probabilities);
            for (int c = 0; c < outputs; c++)
            {
                float[] gradient = [.. Enumerable.Range(0, outputs).Select(j => probabilities[j] - (j == c ? 1f : 0f))];
                model.Backward(data.Row(n), 1, gradient);
                double weight = probabilities[c] / (double)data.Count;
                for (int k = 0; k < parameters.Length; k++)
                    for (int i = 0; i < parameters[k].Length; i++)
                        expected[k][i] += weight * parameters[k].Gradient[i] * (double)parameters[k].Gradient[i];
            }
        }
        for (int k = 0; k < parameters.Length; k++)
        {
            Assert.Contains(fisher[k], v => v > 0);
            Assert.Equal(expected[k].Select(BitConverter.DoubleToInt64Bits), fisher[k].Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public void A_Fisher_sample_is_drawn_without_replacement_in_data_order_and_all_samples_is_the_whole_set()
    {
        var blobs = new GaussianBlobs([[0, 0], [0, 2]]);
        Dataset data = blobs.Generate([6, 5], Rng.For("ewc-test", 3, "data"));
        Mlp model = Mlp.Create(NetworkSpec.SeedScenario, 2, Rng.For("ewc-test", 3, "body"), Rng.For("ewc-test", 3, "head"));

        // The procedure the regularizer documents: shuffle the indices with its generator, keep the first m, in data order.
        int[] indices = [.. Enumerable.Range(0, data.Count)];
        new Rng(7).Shuffle(indices.AsSpan());
        int[] kept = [.. indices.Take(4).Order()];
        Assert.Equal(Flat(DiagonalFisher.True(model, data.Select(kept))), PenaltyFisher(4));
        Assert.Equal(Flat(DiagonalFisher.True(model, data)), PenaltyFisher(data.Count));
        Assert.Equal(Flat(DiagonalFisher.True(model, data)), PenaltyFisher(null));
        Assert.NotEqual(PenaltyFisher(null), PenaltyFisher(4));

        double[] PenaltyFisher(int? samples)
        {
            var regularizer = new EwcRegularizer(1, samples, new Rng(7));
            regularizer.EndStep(new StepEnd(new PhaseData(1, 2, data, data), model, 0, data));
            var term = (EwcPenaltyTerm)Assert.Single(regularizer.BeginStep(new StepStart(model, 2, model.Clone)));
            return Flat(term.Fisher);
        }
    }

    private static double[] Flat(IEnumerable<double[]> perParameter) => [.. perParameter.SelectMany(f => f)];
}
