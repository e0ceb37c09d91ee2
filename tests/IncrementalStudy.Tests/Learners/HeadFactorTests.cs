using IncrementalStudy.Data;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Learners;

public class HeadFactorTests
{
    /// <summary>
    /// Normalised features a = (1, 0), b = (0, 1), c = (0.6, 0.8), d = (0.8, 0.6), mean (0.6, 0.6). Herding picks c (distance
    /// 0.04, first of a tie with d), then d (running mean (0.7, 0.7)), then a (tie with b, first wins).
    /// </summary>
    [Fact]
    public void Herding_picks_samples_in_the_hand_computed_order()
    {
        float[] features = [1, 0, 0, 1, 0.6f, 0.8f, 0.8f, 0.6f];
        Assert.Equal([2, 3, 0], ExemplarSelection.Herding(features, 2, 3));
        Assert.Equal([2, 3, 0, 1], ExemplarSelection.Herding(features, 2, 10)); // never more than there are
    }

    /// <summary>
    /// Herding with distances eight candidates at a time picks what the plain loop of Rebuffi et al.'s Algorithm 4 picks, in
    /// the same order, when distances nearly tie: 45 candidates (five blocks of eight and a tail), duplicated rows (exact ties).
    /// </summary>
    [Fact]
    public void Herding_picks_what_the_one_candidate_at_a_time_loop_picks()
    {
        const int width = 13, distinct = 30;
        float[] rows = TestData.Uniform(distinct * width, 41, -1, 1);
        float[] features = [.. rows, .. rows.AsSpan(0, 15 * width)];
        Assert.Equal(ReferenceHerding(features, width, 40), ExemplarSelection.Herding(features, width, 40));
    }

    [Fact]
    public void Herding_distances_are_the_scalar_sums_bit_for_bit()
    {
        const int n = 45, width = 13, step = 7;
        double[] columns = [.. TestData.Uniform(n * width, 42, -1, 1).Select(v => (double)v)];
        double[] mean = [.. TestData.Uniform(width, 43, -1, 1).Select(v => (double)v)];
        double[] sum = [.. TestData.Uniform(width, 44, -3, 3).Select(v => (double)v)];
        var distances = new double[n];
        ExemplarSelection.Distances(columns, n, width, mean, sum, step, distances);
        for (int i = 0; i < n; i++)
        {
            double expected = 0;
            for (int d = 0; d < width; d++)
            {
                double diff = mean[d] - (sum[d] + columns[d * n + i]) / step;
                expected += diff * diff;
            }
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(distances[i]));
        }
    }

    private static int[] ReferenceHerding(float[] features, int width, int count)
    {
        int n = features.Length / width;
        var normalised = new double[n, width];
        var mean = new double[width];
        for (int i = 0; i < n; i++)
        {
            double norm = 0;
            for (int d = 0; d < width; d++) norm += (double)features[i * width + d] * features[i * width + d];
            norm = Math.Sqrt(norm);
            for (int d = 0; d < width; d++)
            {
                normalised[i, d] = norm > 0 ? features[i * width + d] / norm : 0;
                mean[d] += normalised[i, d] / n;
            }
        }
        var picked = new List<int>();
        var used = new bool[n];
        var sum = new double[width];
        for (int step = 1; step <= Math.Min(count, n); step++)
        {
            int best = -1;
            double bestDistance = double.PositiveInfinity;
            for (int i = 0; i < n; i++)
            {
                if (used[i]) continue;
                double distance = 0;
                for (int d = 0; d < width; d++)
                {
                    double diff = mean[d] - (sum[d] + normalised[i, d]) / step;
                    distance += diff * diff;
                }
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = i;
                }
            }
            used[best] = true;
            picked.Add(best);
            for (int d = 0; d < width; d++) sum[d] += normalised[best, d];
        }
        return [.. picked];
    }

    [Fact]
    public void Weight_aligning_scales_new_columns_to_the_old_mean_norm()
    {
        var head = new DenseLayer(2, 2, Activation.Linear, "head");
        head.Kernel.Value[0] = 1; // column 0 = (1, 0): norm 1
        head.Kernel.Value[3] = 3; // column 1 = (0, 3): norm 3
        head.AppendOutput([0, 4], 0.5f); // new column norm 4
        HeadInitializer.AlignWeights(head, oldOutputs: 2);
        Assert.Equal(2.0, HeadInitializer.ColumnNorm(head, 2), 6); // γ = mean old norm 2 / new norm 4
        Assert.Equal(1.0, HeadInitializer.ColumnNorm(head, 0), 6);
        Assert.Equal(0.5f, head.Bias.Value[2]);
    }

    [Fact]
    public void Imprinting_points_the_new_column_at_the_class_mean_feature()
    {
        Mlp model = Support.TestData.Network(2, [4], Activation.Relu, 2, seed: 3);
        var samples = new Dataset(Support.TestData.Uniform(20 * 2, seed: 4, 0, 2), new int[20], 2);
        (float[] column, float bias) = HeadInitializer.NewOutput(HeadInit.ImprintScaled, model, samples, 3, new Rng(1));

        float[] features = model.HiddenFeatures(samples);
        double[] mean = [.. Enumerable.Range(0, 4).Select(d => Enumerable.Range(0, 20).Average(i => features[i * 4 + d]))];
        double meanNorm = Math.Sqrt(mean.Sum(v => v * v));
        double oldNorm = (HeadInitializer.ColumnNorm(model.Head, 0) + HeadInitializer.ColumnNorm(model.Head, 1)) / 2;
        for (int d = 0; d < 4; d++) Assert.Equal(mean[d] / meanNorm * oldNorm, column[d], 1e-5);
        Assert.Equal((model.Head.Bias.Value[0] + model.Head.Bias.Value[1]) / 2, bias, 1e-6);
        Assert.Equal(new float[4], HeadInitializer.NewOutput(HeadInit.ImprintScaled, model, Dataset.Empty(2), 3, new Rng(1)).Column);
    }

    private static SharedHeadLearner Learner(HeadInit init, int total, int[] phaseCategories)
    {
        var blobs = new GaussianBlobs([.. Enumerable.Range(0, total).Select(c => new double[] { c, 0 })]);
        var context = new LearnerContext(NetworkSpec.SeedScenario, FitSettings.SeedScenario, 2, total, blobs, p => Rng.For("head-factor-test", 1, p))
        {
            PhaseCategories = phaseCategories,
        };
        return new SharedHeadLearner(context, new SharedHeadOptions(init, OptimizerHandling.Reset, Rehearsal.Naive), OptimizerSpec.NadamKeras2);
    }

    [Fact]
    public void Masked_head_is_drawn_whole_up_front_with_the_full_heads_glorot_limit()
    {
        SharedHeadLearner learner = Learner(HeadInit.Masked, total: 5, phaseCategories: [2, 5]);
        int inputs = learner.Model.Head.Inputs;
        float[] expected = HeadInitializer.MaskedKernel(inputs, 5, Rng.For("head-factor-test", 1, "init/shared-head/masked"));
        for (int c = 2; c < 5; c++) learner.AddCategory(Dataset.Empty(2));

        DenseLayer head = learner.Model.Head;
        double fullLimit = DenseLayer.GlorotLimit(inputs, 5), twoOutputLimit = DenseLayer.GlorotLimit(inputs, 2);
        Assert.True(fullLimit < twoOutputLimit);
        for (int c = 0; c < 5; c++)
        {
            // The old columns too come from the 5-output draw, not from a 2-output layer.
            Assert.Equal(HeadInitializer.Column(expected, 5, c), HeadInitializer.Column(head.Kernel.Value, 5, c));
            Assert.Equal(0f, head.Bias.Value[c]);
        }
        Assert.All(head.Kernel.Value, w => Assert.InRange(Math.Abs(w), 0, fullLimit));
        Assert.InRange(head.Kernel.Value.Max(Math.Abs), 0.9 * fullLimit, fullLimit); // the limit is reached, not a smaller one
    }

    [Fact]
    public void A_random_node_takes_the_glorot_limit_of_its_steps_final_size()
    {
        // Two categories arrive in step 2 (2 → 4 outputs): the first added node already uses fan-out 4, not 3.
        SharedHeadLearner learner = Learner(HeadInit.Random, total: 4, phaseCategories: [2, 4]);
        int inputs = learner.Model.Head.Inputs;
        learner.AddCategory(Dataset.Empty(2));
        Rng rng = Rng.For("head-factor-test", 1, "init/shared-head/expansion");
        double limit = DenseLayer.GlorotLimit(inputs, 4);
        float[] column = HeadInitializer.Column(learner.Model.Head.Kernel.Value, 3, 2);
        for (int r = 0; r < inputs; r++) Assert.Equal((float)rng.NextUniform(-limit, limit), column[r]);
        Assert.Throws<ArgumentException>(() => HeadInitializer.NewOutput(HeadInit.Masked, learner.Model, Dataset.Empty(2), 4, rng));
    }
}
