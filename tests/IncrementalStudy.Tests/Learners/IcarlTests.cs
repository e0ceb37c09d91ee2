using IncrementalStudy.Data;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Learners;

public class IcarlTests
{
    private static Dataset Numbered(int label, int count) =>
        new([.. Enumerable.Range(0, count).Select(i => (float)(100 * label + i))], [.. Enumerable.Repeat(label, count)], 1);

    [Fact]
    public void Memory_shrinks_to_K_over_classes_and_keeps_the_earliest_herded_exemplars()
    {
        var memory = new ExemplarMemory(new ExemplarSchedule.Shared(12));
        Assert.Equal(6, memory.PerClass(2));
        memory.Add(0, Numbered(0, 6));
        memory.Add(1, Numbered(1, 6));
        Assert.Equal(12, memory.Count);
        int perClass = memory.PerClass(4); // two more classes arrive: m = 12 / 4 = 3
        memory.ReduceTo(perClass);
        memory.Add(2, Numbered(2, 3));
        memory.Add(3, Numbered(3, 3));
        Assert.Equal(12, memory.Count);
        Assert.Equal([0f, 1f, 2f], memory.Of(0).Features);
        Assert.Equal([100f, 101f, 102f], memory.Of(1).Features);
        memory.ReduceTo(memory.PerClass(5)); // m = 2
        Assert.Equal([200f, 201f], memory.Of(2).Features);
        Assert.Equal(8, memory.Count);
    }

    [Fact]
    public void Nearest_mean_classifies_a_hand_example_on_normalised_features()
    {
        // Class 0's exemplars point along x (lengths differ, normalised they coincide), class 1's along y and the diagonal.
        double[] mean0 = NearestMeanOfExemplars.Mean([2f, 0f, 5f, 0f], 2);
        double[] mean1 = NearestMeanOfExemplars.Mean([0f, 3f, 1f, 1f], 2);
        Assert.Equal([1.0, 0.0], mean0);
        // Class 1's average (1/(2√2), 1/2 + 1/(2√2)) has tan = √2 − 1 = tan(π/8); re-normalised it is (sin π/8, cos π/8).
        Assert.Equal(Math.Sin(Math.PI / 8), mean1[0], 12);
        Assert.Equal(Math.Cos(Math.PI / 8), mean1[1], 12);
        // (10, 1) normalised is near (1, 0); (1, 1) is nearer class 1's mean (0.383, 0.924) than (1, 0); length does not matter.
        float[] scores = NearestMeanOfExemplars.Scores([10f, 1f, 1f, 1f, 100f, 100f], 2, [mean0, mean1]);
        int[] predicted = [.. Enumerable.Range(0, 3).Select(n => Softmax.ArgMax(scores.AsSpan(2 * n, 2)))];
        Assert.Equal([0, 1, 1], predicted);
        double expected = Math.Sqrt(Math.Pow(1 / Math.Sqrt(2) - 1, 2) + 0.5);
        Assert.Equal(-expected, scores[2], 6); // (1, 1) to class 0's mean
    }

    [Fact]
    public void Nearest_mean_re_normalises_the_class_mean_so_the_rule_is_the_highest_cosine()
    {
        // Class 0: one exemplar along (0.8, 0.6). Class 1: (3, 4) and (3, −4), normalised (0.6, ±0.8), average (0.6, 0) of
        // length 0.6, re-normalised (1, 0). The sample (4, 1)/√17 has cosine 4/√17 ≈ 0.970 with (1, 0) and 3.8/√17 ≈ 0.922
        // with (0.8, 0.6): class 1 (Rebuffi et al. 2017, Section 2.1: averages are re-normalised). With the raw average
        // (0.6, 0) the squared distances would be 1.36 − 4.8/√17 ≈ 0.196 to class 1 and 2 − 7.6/√17 ≈ 0.157 to class 0: class 0.
        double[] mean0 = NearestMeanOfExemplars.Mean([4f, 3f], 2);
        double[] mean1 = NearestMeanOfExemplars.Mean([3f, 4f, 3f, -4f], 2);
        Assert.Equal(0.8, mean0[0], 12);
        Assert.Equal(0.6, mean0[1], 12);
        Assert.Equal(1.0, mean1[0], 12);
        Assert.Equal(0.0, mean1[1], 12);
        float[] scores = NearestMeanOfExemplars.Scores([4f, 1f], 2, [mean0, mean1]);
        double root17 = Math.Sqrt(17);
        Assert.Equal(-Math.Sqrt(2 - 7.6 / root17), scores[0], 6);
        Assert.Equal(-Math.Sqrt(2 - 8 / root17), scores[1], 6);
        Assert.Equal(1, Softmax.ArgMax(scores.AsSpan()));
        Assert.Equal([0.0, 0.0], NearestMeanOfExemplars.Mean([0f, 0f], 2)); // a zero average stays zero
    }

    [Fact]
    public void Sigmoid_distillation_turns_old_targets_into_the_teachers_outputs_and_matches_finite_differences()
    {
        var blobs = new GaussianBlobs([[0, 0], [0, 2], [2, 0]]);
        Dataset data = blobs.Generate([3, 2, 2], Rng.For("icarl-test", 1, "data"));
        Mlp teacher = Mlp.Create(NetworkSpec.SeedScenario, 2, Rng.For("icarl-test", 1, "body"), Rng.For("icarl-test", 1, "teacher"));
        float[] logits = [0.3f, -0.5f, 1.2f, -1f, 0.4f, 0.1f, 2f, -0.3f, -0.7f, 0.9f, 0.2f, 0.5f, -0.2f, 1.1f, 0.6f, 0.0f, -1.3f, 0.8f, 0.4f, 0.4f, -0.1f];
        int rows = data.Count;
        float[] teacherLogits = teacher.Forward(data.Features, rows).ToArray();

        // The full iCaRL loss by hand: soft targets σ(teacher) on the 2 old outputs, one-hot on the new one.
        var targets = new float[rows * 3];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < 3; c++)
                targets[r * 3 + c] = c < 2 ? Activations.Sigmoid(teacherLogits[r * 2 + c]) : (data.Labels[r] == c ? 1f : 0f);

        double Total(float[] z, Span<float> gradient)
        {
            double baseLoss = SigmoidLosses.OneVsAll(z, rows, 3, data.Labels, gradient, 1f / rows, out _);
            int[] indices = [.. Enumerable.Range(0, rows)];
            var batch = new TrainingBatch(indices, data.Features, 2, data.Labels, z, 3);
            return baseLoss + new SigmoidDistillationTerm(teacher, 2).AddLogitGradient(batch, gradient.IsEmpty ? new float[rows * 3] : gradient);
        }

        var g = new float[rows * 3];
        double loss = Total(logits, g);
        Assert.Equal(SigmoidLosses.SoftTargets(logits, targets, Span<float>.Empty, 0f), loss, 5);
        for (int i = 0; i < logits.Length; i++)
        {
            float[] plus = [.. logits], minus = [.. logits];
            plus[i] += 1e-3f;
            minus[i] -= 1e-3f;
            double numeric = (Total(plus, Span<float>.Empty) - Total(minus, Span<float>.Empty)) / ((double)plus[i] - minus[i]) / rows;
            Assert.Equal(numeric, g[i], 4);
        }
    }
}
