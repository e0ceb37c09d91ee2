using IncrementalStudy.Data;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Learners;

/// <summary>LwF, EWC and binary heads against the naive shared head they extend.</summary>
public class LearnerFamilyTests
{
    private static readonly GaussianScenario Scenario = new([[0, 0], [0, 2], [2, 0]], [[300, 300], [100, 100, 100]]);
    private static readonly OptimizerSpec Adam = new(OptimizerKind.Adam, 1e-3);

    private static LearnerContext Context(ScenarioData data) =>
        new(NetworkSpec.SeedScenario, new FitSettings(3, 32), 2, 3, data.Sampler, p => Rng.For("family-test", 1, p));

    private static void RunBothPhases(IIncrementalLearner learner, ScenarioData data)
    {
        learner.Train(data.Phases[0]);
        learner.AddCategory(data.Phases[1].Train.Where(l => l == 2));
        learner.Train(data.Phases[1]);
    }

    private static void AssertBitIdentical(INetwork expected, INetwork actual)
    {
        foreach ((Parameter e, Parameter a) in expected.Parameters.Zip(actual.Parameters))
            Assert.Equal(e.Value.Select(BitConverter.SingleToInt32Bits), a.Value.Select(BitConverter.SingleToInt32Bits));
    }

    private static readonly SharedHeadOptions Plain = new(HeadInit.Random, OptimizerHandling.Reset, Rehearsal.Naive);

    private static SharedHeadLearner Trained(ScenarioData data, SharedHeadOptions options)
    {
        var learner = new SharedHeadLearner(Context(data), options, Adam);
        RunBothPhases(learner, data);
        return learner;
    }

    private static SharedHeadOptions With(params Regularizer[] regularizers) => Plain with { Regularizers = regularizers };

    [Fact]
    public void Lwf_and_ewc_with_lambda_zero_are_naive_bit_for_bit_and_not_otherwise()
    {
        ScenarioData data = Scenario.Build("family-test", 1);
        SharedHeadLearner naive = Trained(data, Plain);
        foreach (Regularizer zero in new Regularizer[] { new Regularizer.Lwf(0, 2), new Regularizer.Ewc(0) })
            AssertBitIdentical(naive.Model, Trained(data, With(zero)).Model);
        foreach (Regularizer active in new Regularizer[] { new Regularizer.Lwf(1, 2), new Regularizer.Ewc(100) })
            Assert.NotEqual(naive.Model.Head.Kernel.Value, Trained(data, With(active)).Model.Head.Kernel.Value);
    }

    [Fact]
    public void Lwf_holds_a_teacher_only_during_a_step_and_ewc_two_model_sized_arrays()
    {
        ScenarioData data = Scenario.Build("family-test", 1);
        SharedHeadLearner lwf = Trained(data, With(new Regularizer.Lwf(1, 2)));
        SharedHeadLearner ewc = Trained(data, With(new Regularizer.Ewc(1)));
        int oldModel = lwf.ParameterCount - (lwf.Model.Head.Inputs + 1); // the 2-output model of phase 1
        Assert.Equal(new MemoryUse(0, 0, 0), lwf.CurrentMemory);
        Assert.Equal(new MemoryUse(0, 0, oldModel), lwf.PeakMemory);
        Assert.Equal(2L * ewc.ParameterCount, ewc.CurrentMemory.ModelCopyFloats);
    }

    [Fact]
    public void Binary_heads_expansion_keeps_old_scores_bit_identical_and_the_new_score_zero()
    {
        ScenarioData data = Scenario.Build("family-test", 1);
        IIncrementalLearner learner = IncrementalStudy.Experiments.SharedHeadStrategy.BinaryHeads("binary-heads", Adam).CreateLearner(Context(data));
        learner.Train(data.Phases[0]);
        Dataset test = data.Phases[1].Test;
        float[] before = learner.Scores(test);
        HeadExpansion? expansion = learner.AddCategory(data.Phases[1].Train.Where(l => l == 2));
        float[] after = learner.Scores(test);
        Assert.NotNull(expansion);
        for (int i = 0; i < test.Count; i++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(before[2 * i]), BitConverter.SingleToInt32Bits(after[3 * i]));
            Assert.Equal(BitConverter.SingleToInt32Bits(before[2 * i + 1]), BitConverter.SingleToInt32Bits(after[3 * i + 1]));
            Assert.Equal(0, BitConverter.SingleToInt32Bits(after[3 * i + 2]));
        }
    }

    [Fact]
    public void Binary_heads_replay_keeps_the_same_buffer_size_as_the_shared_head_replay()
    {
        ScenarioData data = Scenario.Build("family-test", 1);
        var binary = (SharedHeadLearner)IncrementalStudy.Experiments.SharedHeadStrategy.BinaryHeads("binary-heads-replay", Adam, 7).CreateLearner(Context(data));
        SharedHeadLearner replay = Trained(data, Plain with { Rehearsal = new Rehearsal.Replay(7, ReplaySelection.Random) });
        RunBothPhases(binary, data);
        // 7 per class: this scenario brings the old classes again in phase 2, and a class already held keeps its exemplars.
        Assert.Equal(new MemoryUse(21, 21 * (2 * 4 + 4), 0), binary.CurrentMemory);
        Assert.Equal(replay.CurrentMemory, binary.CurrentMemory);
    }
}
