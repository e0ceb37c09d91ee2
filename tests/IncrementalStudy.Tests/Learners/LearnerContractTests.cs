using IncrementalStudy.Data;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Learners;

/// <summary>
/// The contract every learner keeps, checked for every strategy of every shipped experiment (both budgets) on one
/// scenario of four steps: two categories, then one at a time.
/// </summary>
public class LearnerContractTests
{
    private static readonly GaussianScenario Scenario = new([[0, 0], [0, 3], [3, 0], [3, 3], [-3, 0]],
        [[60, 60], [0, 0, 60], [0, 0, 0, 60], [0, 0, 0, 0, 60]], TestPerCategory: 20);

    private static readonly ScenarioData Data = Scenario.Build("learner-contract", 1);

    // One-vs-all draws from the stored training data, as on a real data set (a generated category has no "all of its samples").
    private static readonly ICategorySampler Stored = new StoredSamples(Dataset.Concat([.. Data.Phases.Select(p => p.Train)]));

    private static LearnerContext Context() =>
        new(new NetworkSpec(2, [8], Activation.Tanh), new FitSettings(2, 16), 2, 5, Stored, p => Rng.For("learner-contract", 1, p))
        {
            PhaseCategories = [.. Data.Phases.Select(p => p.Categories)],
        };

    /// <summary>Every distinct strategy of the shipped experiments (by description), named by its first experiment.</summary>
    private static readonly IReadOnlyDictionary<string, StrategyDefinition> Strategies = ExperimentsAssembly.Catalog().All
        .SelectMany(e => new[] { Budget.Full, Budget.Smoke }.SelectMany(b => e.Define(b).Strategies.Select(s => (Key: $"{e.Name}/{s.Name}{(b == Budget.Smoke ? "@smoke" : "")}", Strategy: s))))
        .DistinctBy(p => p.Strategy.Describe())
        .ToDictionary(p => p.Key, p => p.Strategy);

    public static TheoryData<string> Names() => [.. Strategies.Keys];

    public static TheoryData<string> SharedHeadNames() => [.. Strategies.Where(p => p.Value is SharedHeadStrategy).Select(p => p.Key)];

    /// <summary>Runs all steps; after each: one category per added category, predictions = argmax of scores, memory reported.</summary>
    private static IIncrementalLearner RunAll(IIncrementalLearner learner)
    {
        foreach (PhaseData phase in Data.Phases)
        {
            while (learner.Categories < phase.Categories)
            {
                int before = learner.Categories;
                learner.AddCategory(phase.Train.Where(l => l == before));
                Assert.Equal(before + 1, learner.Categories);
            }
            learner.Train(phase);
            float[] scores = learner.Scores(phase.Test);
            Assert.Equal(phase.Test.Count * phase.Categories, scores.Length);
            Assert.Equal(Predictions.ArgMax(scores, phase.Test.Count, phase.Categories), learner.Predict(phase.Test));
            Assert.Equal(phase.Categories, learner.HeadWeights().Count);
        }
        return learner;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Categories_grow_by_one_predictions_are_the_argmax_of_scores_and_memory_is_reported(string name)
    {
        StrategyDefinition strategy = Strategies[name];
        IIncrementalLearner learner = RunAll(strategy.CreateLearner(Context()));
        var ledger = Assert.IsAssignableFrom<IMemoryLedger>(learner);
        Assert.True(ledger.PeakMemory.ExemplarSamples >= ledger.CurrentMemory.ExemplarSamples);
        Assert.Equal(MemoryUse.BytesOf(ledger.CurrentMemory.ExemplarSamples, 2), ledger.CurrentMemory.ExemplarBytes);
        // Whatever a strategy trains on besides the new data was stored: after four steps it holds some (one-vs-all's
        // negatives, replay's buffer, joint's data), or nothing when it trains on the new data alone.
        bool storesSamples = strategy switch
        {
            SharedHeadStrategy s => s.Options.Rehearsal is not Rehearsal.NewDataOnly,
            // Drawn from the step's own data, which here holds the new category only.
            OneVsAllStrategy o => !o.FromPhaseData,
            _ => true,
        };
        Assert.Equal(storesSamples, ledger.CurrentMemory.ExemplarSamples > 0);
    }

    [Theory]
    [MemberData(nameof(SharedHeadNames))]
    public void A_zero_initialised_output_keeps_the_old_logits_bit_for_bit(string name)
    {
        var strategy = (SharedHeadStrategy)Strategies[name];
        var learner = new SharedHeadLearner(Context(), strategy.Options with { Init = HeadInit.Zero }, strategy.Optimizer);
        learner.Train(Data.Phases[0]);
        Dataset test = Data.Phases[1].Test;
        float[] before = Trainer.Logits(learner.Model, test);
        learner.AddCategory(Data.Phases[1].Train.Where(l => l == 2));
        float[] after = Trainer.Logits(learner.Model, test);
        for (int i = 0; i < test.Count; i++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(before[2 * i]), BitConverter.SingleToInt32Bits(after[3 * i]));
            Assert.Equal(BitConverter.SingleToInt32Bits(before[2 * i + 1]), BitConverter.SingleToInt32Bits(after[3 * i + 1]));
            Assert.Equal(0, BitConverter.SingleToInt32Bits(after[3 * i + 2]));
        }
    }

    [Theory]
    [MemberData(nameof(SharedHeadNames))]
    public void A_regulariser_that_adds_nothing_reproduces_the_learner_bit_for_bit(string name)
    {
        var strategy = (SharedHeadStrategy)Strategies[name];
        var plain = (SharedHeadLearner)RunAll(new SharedHeadLearner(Context(), strategy.Options, strategy.Optimizer));
        foreach (Regularizer nothing in new Regularizer[] { new Regularizer.Lwf(0), new Regularizer.Ewc(0) })
        {
            SharedHeadOptions options = strategy.Options with { Regularizers = [.. strategy.Options.Regularizers, nothing] };
            var extended = (SharedHeadLearner)RunAll(new SharedHeadLearner(Context(), options, strategy.Optimizer));
            foreach ((Parameter p, Parameter e) in plain.Model.Parameters.Zip(extended.Model.Parameters, (p, e) => (p, e)))
                Assert.Equal(p.Value.Select(BitConverter.SingleToInt32Bits), e.Value.Select(BitConverter.SingleToInt32Bits));
            Assert.Equal(plain.Scores(Data.Phases[^1].Test), extended.Scores(Data.Phases[^1].Test));
        }
    }

    [Fact]
    public void New_random_outputs_take_the_fan_out_of_the_head_at_the_end_of_their_step_for_every_regulariser()
    {
        // Two steps of one category each: the limit of the output born in step 2 is Glorot's for 3 outputs, not for the final 5.
        var plain = new SharedHeadLearner(Context(), new SharedHeadOptions(HeadInit.Random, OptimizerHandling.Reset, Rehearsal.Naive), OptimizerSpec.NadamKeras2);
        var lwf = new SharedHeadLearner(Context(), SharedHeadStrategy.LwF("lwf", OptimizerSpec.NadamKeras2).Options, OptimizerSpec.NadamKeras2);
        foreach (SharedHeadLearner learner in new[] { plain, lwf })
        {
            learner.Train(Data.Phases[0]);
            learner.AddCategory(Data.Phases[1].Train.Where(l => l == 2));
        }
        Assert.Equal(plain.Model.Head.Kernel.Value, lwf.Model.Head.Kernel.Value);
        double limit = DenseLayer.GlorotLimit(8, 3);
        Assert.All(Enumerable.Range(0, 8).Select(r => plain.Model.Head.Kernel.Value[r * 3 + 2]), w => Assert.InRange(Math.Abs(w), 0, limit));
        Assert.Contains(Enumerable.Range(0, 8), r => Math.Abs(plain.Model.Head.Kernel.Value[r * 3 + 2]) > DenseLayer.GlorotLimit(8, 5));
    }
}
