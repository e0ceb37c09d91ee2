using IncrementalStudy.Data;
using IncrementalStudy.Evaluation;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Learners;

public class SharedHeadLearnerTests
{
    private static readonly GaussianScenario Scenario = new([[0, 0], [0, 2], [2, 0]], [[1000, 1000], [200, 200, 200]]);

    /// <summary>A learner after its phase-1 fit, plus the phase-2 data.</summary>
    private static (SharedHeadLearner Learner, PhaseData Phase2) TrainedLearner(HeadInit init, OptimizerHandling handling, int seed = 1)
    {
        ScenarioData data = Scenario.Build("expansion-test", seed);
        var context = new LearnerContext(NetworkSpec.SeedScenario, FitSettings.SeedScenario, 2, 3, data.Sampler, p => Rng.For("expansion-test", seed, p));
        var learner = new SharedHeadLearner(context, new SharedHeadOptions(init, handling, Rehearsal.Naive), OptimizerSpec.NadamKeras2);
        learner.Train(data.Phases[0]);
        return (learner, data.Phases[1]);
    }

    [Fact]
    public void Zero_init_keeps_every_old_parameter_and_logit_bit_identical_and_the_new_logit_exactly_zero()
    {
        (SharedHeadLearner learner, PhaseData phase2) = TrainedLearner(HeadInit.Zero, OptimizerHandling.Reset);
        float[] logitsBefore = Trainer.Logits(learner.Model, phase2.Test);

        HeadExpansion expansion = learner.AddCategory(phase2.Train.Where(l => l == 2));

        Assert.True(ExpansionProbe.OldParametersUnchanged(expansion.Before, learner.Model));
        float[] logitsAfter = Trainer.Logits(learner.Model, phase2.Test);
        for (int i = 0; i < phase2.Test.Count; i++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(logitsBefore[2 * i]), BitConverter.SingleToInt32Bits(logitsAfter[3 * i]));
            Assert.Equal(BitConverter.SingleToInt32Bits(logitsBefore[2 * i + 1]), BitConverter.SingleToInt32Bits(logitsAfter[3 * i + 1]));
            Assert.Equal(0, BitConverter.SingleToInt32Bits(logitsAfter[3 * i + 2])); // +0.0f exactly
        }
    }

    [Fact]
    public void Zero_init_flip_rate_equals_the_share_of_all_negative_old_logits()
    {
        (SharedHeadLearner learner, PhaseData phase2) = TrainedLearner(HeadInit.Zero, OptimizerHandling.Reset);
        HeadExpansion expansion = learner.AddCategory(phase2.Train.Where(l => l == 2));
        foreach (Dataset set in new[] { phase2.Test, phase2.Train })
        {
            ExpansionProbe probe = ExpansionProbe.Measure(expansion, set);
            Assert.True(probe.OldParametersBitIdentical);
            Assert.Equal(0.0, probe.OldLogitMaxAbsChange);
            Assert.Equal((0.0, 0.0), (probe.NewLogitMin, probe.NewLogitMax));
            Assert.Equal(probe.OldLogitsAllNegativeShare, probe.FlipRate);
            Assert.True(probe.FlipRate > 0, "a trained 2-class head has points with both logits negative");
            Assert.True(probe.OldProbMaxAbsChange > 0);
        }
    }

    [Fact]
    public void Old_probabilities_shrink_by_S_over_S_plus_1()
    {
        (SharedHeadLearner learner, PhaseData phase2) = TrainedLearner(HeadInit.Zero, OptimizerHandling.Reset);
        float[] before = Trainer.Logits(learner.Model, phase2.Test);
        learner.AddCategory(phase2.Train.Where(l => l == 2));
        float[] after = Trainer.Logits(learner.Model, phase2.Test);
        var p = new float[3];
        for (int i = 0; i < 50; i++)
        {
            double s = Math.Exp(before[2 * i]) + Math.Exp(before[2 * i + 1]);
            double oldP0 = Math.Exp(before[2 * i]) / s;
            Softmax.Probabilities(after.AsSpan(3 * i, 3), p);
            Assert.Equal(oldP0 * s / (s + 1), p[0], 1e-6);
            Assert.Equal(1 / (s + 1), p[2], 1e-6);
        }
    }

    [Fact]
    public void Random_init_keeps_old_logits_but_gives_a_nonzero_new_logit()
    {
        (SharedHeadLearner learner, PhaseData phase2) = TrainedLearner(HeadInit.Random, OptimizerHandling.Reset);
        ExpansionProbe probe = ExpansionProbe.Measure(learner.AddCategory(phase2.Train.Where(l => l == 2)), phase2.Test);
        Assert.True(probe.OldParametersBitIdentical);
        Assert.Equal(0.0, probe.OldLogitMaxAbsChange);
        Assert.True(probe.NewLogitMax > probe.NewLogitMin);
    }

    [Theory]
    [InlineData(OptimizerHandling.Reset, 0L, 0L)]
    [InlineData(OptimizerHandling.Carry, 630L, 2 * (2 * 10 + 10 + 10 * 3 + 3))]
    public void Optimizer_is_reset_or_carried(OptimizerHandling handling, long iterationsAfter, long stateAfter)
    {
        (SharedHeadLearner learner, PhaseData phase2) = TrainedLearner(HeadInit.Zero, handling);
        HeadExpansion expansion = learner.AddCategory(phase2.Train.Where(l => l == 2));
        Assert.Equal(2 * (2 * 10 + 10 + 10 * 2 + 2), expansion.OptimizerStateBefore);
        Assert.Equal(stateAfter, expansion.OptimizerStateAfter);
        Assert.Equal(iterationsAfter, learner.Optimizer.Iterations); // 10 epochs × 63 batches carried, or a fresh optimizer
    }

    [Fact]
    public void Continuing_after_expansion_trains_the_new_category()
    {
        (SharedHeadLearner learner, PhaseData phase2) = TrainedLearner(HeadInit.Zero, OptimizerHandling.Reset);
        learner.AddCategory(phase2.Train.Where(l => l == 2));
        learner.Train(phase2);
        int[] predicted = learner.Predict(phase2.Test);
        double newRecall = Accuracy.Where(predicted, phase2.Test.Labels, l => l == 2);
        Assert.True(newRecall > 0.5, $"new-class recall {newRecall}");
    }
}
