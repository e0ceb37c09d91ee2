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

    private static ExpandingSoftmaxLearner Naive(ScenarioData data)
    {
        var naive = new ExpandingSoftmaxLearner(Context(data), new SharedHeadOptions(HeadInit.Random, OptimizerHandling.Reset, Rehearsal.Naive), Adam);
        RunBothPhases(naive, data);
        return naive;
    }

    [Fact]
    public void Lwf_and_ewc_with_lambda_zero_are_naive_bit_for_bit_and_not_otherwise()
    {
        ScenarioData data = Scenario.Build("family-test", 1);
        ExpandingSoftmaxLearner naive = Naive(data);
        foreach (IStepRegularizer zero in new IStepRegularizer[] { new LwfRegularizer(0, 2), new EwcRegularizer(0) })
        {
            var learner = new RegularizedSharedHeadLearner(Context(data), zero, Adam);
            RunBothPhases(learner, data);
            AssertBitIdentical(naive.Model, learner.Model);
        }
        foreach (IStepRegularizer active in new IStepRegularizer[] { new LwfRegularizer(1, 2), new EwcRegularizer(100) })
        {
            var learner = new RegularizedSharedHeadLearner(Context(data), active, Adam);
            RunBothPhases(learner, data);
            Assert.NotEqual(naive.Model.Head.Kernel.Value, learner.Model.Head.Kernel.Value);
        }
    }

    [Fact]
    public void Lwf_holds_a_teacher_only_during_a_step_and_ewc_two_model_sized_arrays()
    {
        ScenarioData data = Scenario.Build("family-test", 1);
        var lwf = new RegularizedSharedHeadLearner(Context(data), new LwfRegularizer(1, 2), Adam);
        var ewc = new RegularizedSharedHeadLearner(Context(data), new EwcRegularizer(1), Adam);
        RunBothPhases(lwf, data);
        RunBothPhases(ewc, data);
        int oldModel = lwf.ParameterCount - (lwf.Model.Head.Inputs + 1); // the 2-output model of phase 1
        Assert.Equal(new MemoryUse(0, 0, 0), lwf.CurrentMemory);
        Assert.Equal(new MemoryUse(0, 0, oldModel), lwf.PeakMemory);
        Assert.Equal(2L * ewc.ParameterCount, ewc.CurrentMemory.ModelCopyFloats);
    }

    [Fact]
    public void Binary_heads_expansion_keeps_old_scores_bit_identical_and_the_new_score_zero()
    {
        ScenarioData data = Scenario.Build("family-test", 1);
        var learner = new BinaryHeadsLearner(Context(data), 0, Adam);
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
        var binary = new BinaryHeadsLearner(Context(data), 7, Adam);
        var replay = new ExpandingSoftmaxLearner(Context(data),
            new SharedHeadOptions(HeadInit.Random, OptimizerHandling.Reset, new Rehearsal.Replay(7, ReplaySelection.Random)), Adam);
        RunBothPhases(binary, data);
        RunBothPhases(replay, data);
        // 7 per class and phase: 2 classes in phase 1, 3 in phase 2 (this scenario brings old classes again).
        Assert.Equal(new MemoryUse(35, 35 * (2 * 4 + 4), 0), binary.CurrentMemory);
        Assert.Equal(replay.CurrentMemory, binary.CurrentMemory);
    }
}
