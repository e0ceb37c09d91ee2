using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Training;

/// <summary>The training loop's extension point: terms added to the loss reach the gradients and the running loss exactly.</summary>
public class LossTermTests
{
    /// <summary>Cancels the base loss's logit gradient and reports a fixed loss per row, recording every batch it sees.</summary>
    private sealed class CancelBaseGradient(float lossPerRow) : ILossTerm
    {
        public List<int> Rows { get; } = [];
        public HashSet<int> Indices { get; } = [];

        public double AddLogitGradient(TrainingBatch batch, Span<float> logitGradient)
        {
            Rows.Add(batch.Rows);
            foreach (int index in batch.Indices) Indices.Add(index);
            Assert.Equal(batch.Rows * batch.Outputs, logitGradient.Length);
            Assert.Equal(batch.Rows * batch.Features, batch.Inputs.Length);
            logitGradient.Clear();
            return lossPerRow * batch.Rows;
        }
    }

    /// <summary>(λ/2)·Σθ² on every parameter: gradient λ·θ.</summary>
    private sealed class WeightDecay(float lambda) : ILossTerm
    {
        public double AddParameterGradient(IReadOnlyList<Parameter> parameters)
        {
            double penalty = 0;
            foreach (Parameter p in parameters)
                for (int i = 0; i < p.Length; i++)
                {
                    p.Gradient[i] += lambda * p.Value[i];
                    penalty += 0.5 * lambda * p.Value[i] * (double)p.Value[i];
                }
            return penalty;
        }
    }

    private static (Mlp Model, Dataset Train) Setup()
    {
        var blobs = new GaussianBlobs([[0, 0], [0, 2]]);
        Dataset train = blobs.Generate([40, 30], Rng.For("loss-term-test", 1, "train"));
        return (Mlp.Create(NetworkSpec.SeedScenario, 2, Rng.For("loss-term-test", 1, "body"), Rng.For("loss-term-test", 1, "head")), train);
    }

    [Fact]
    public void A_logit_term_sees_every_batch_and_its_gradient_replaces_the_base_one()
    {
        (Mlp model, Dataset train) = Setup();
        float[][] before = [.. model.Parameters.Select(p => p.Value.ToArray())];
        var term = new CancelBaseGradient(0.25f);
        IReadOnlyList<EpochStats> history = Trainer.Fit(model, new Sgd(0.5, 0), LossKind.SoftmaxCrossEntropy, train, Dataset.Empty(2),
            new FitSettings(2, 32), new Rng(3), lossTerms: [term]);

        Assert.Equal([32, 32, 6, 32, 32, 6], term.Rows); // 70 rows in batches of 32, two epochs
        Assert.Equal(70, term.Indices.Count);
        // The total logit gradient is zero, so no parameter moves, bit for bit.
        Assert.All(model.Parameters.Zip(before), pair => Assert.Equal(pair.Second, pair.First.Value));
        // The running loss is the base loss (fixed weights: the epoch-0 training loss) plus the term's 0.25 per row.
        Assert.Equal(history[0].Train.Loss + 0.25, history[1].RunningLoss!.Value, 12);
        Assert.Equal(history[0].Train.Loss, history[1].Train.Loss); // fixed-weight evaluations report the base loss alone
    }

    [Fact]
    public void A_parameter_term_adds_its_gradient_before_the_optimizer_step()
    {
        (Mlp model, Dataset train) = Setup();
        float[][] before = [.. model.Parameters.Select(p => p.Value.ToArray())];
        const float lambda = 0.1f, learningRate = 0.5f;
        // One batch holding the whole set, base gradient cancelled: the only update is SGD on λ·θ.
        Trainer.Fit(model, new Sgd(learningRate, 0), LossKind.SoftmaxCrossEntropy, train, Dataset.Empty(2), new FitSettings(1, 70), new Rng(3),
            lossTerms: [new CancelBaseGradient(0f), new WeightDecay(lambda)]);

        foreach ((Parameter p, float[] old) in model.Parameters.Zip(before))
            for (int i = 0; i < p.Length; i++)
                Assert.Equal(old[i] - learningRate * (0f + lambda * old[i]), p.Value[i]);
    }
}
