using IncrementalStudy.Data;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;
using IncrementalStudy.Tests.Support;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Training;

public class LogitsMemoTests
{
    private static readonly Dataset Data = new(TestData.Uniform(2 * 300, seed: 4, -1, 1), TestData.Labels(300, 3, seed: 5), 2);

    private static long MultiplyAddsOf(Action action)
    {
        MultiplyAddCounts before = MultiplyAddCounter.Snapshot();
        action();
        return (MultiplyAddCounter.Snapshot() - before).Total;
    }

    [Fact]
    public void A_reused_pass_has_the_bits_of_a_new_one_and_costs_no_multiply_adds()
    {
        Mlp model = TestData.Network(2, [8], Activation.Tanh, 3, seed: 1);
        float[] fresh = Trainer.Logits(model, Data);
        using LogitsMemo.CaseScope memo = LogitsMemo.ForCase();
        float[] recorded = Trainer.Logits(model, Data);
        float[] reused = [];
        long work;
        using (LogitsMemo.Reusing())
            work = MultiplyAddsOf(() => reused = Trainer.Logits(model, Data));
        Assert.Equal(0, work);
        Assert.Equal(fresh.Select(BitConverter.SingleToInt32Bits), reused.Select(BitConverter.SingleToInt32Bits));
        // The caller owns what it gets: changing it does not change the record.
        reused[0] += 1f;
        using (LogitsMemo.Reusing())
            Assert.Equal(BitConverter.SingleToInt32Bits(recorded[0]), BitConverter.SingleToInt32Bits(Trainer.Logits(model, Data)[0]));
    }

    [Fact]
    public void A_clone_with_the_same_bits_reuses_and_a_grown_head_does_not()
    {
        Mlp model = TestData.Network(2, [8], Activation.Tanh, 3, seed: 1);
        using LogitsMemo.CaseScope memo = LogitsMemo.ForCase();
        Trainer.Logits(model, Data);
        using (LogitsMemo.Reusing())
        {
            Assert.Equal(0, MultiplyAddsOf(() => Trainer.Logits(model.Clone(), Data)));
            model.AddOutput(new float[8], 0f);
            Assert.Equal(300 * (2 * 8 + 8 * 4), MultiplyAddsOf(() => Trainer.Logits(model, Data)));
        }
    }

    [Fact]
    public void Any_changed_bit_other_data_an_unrelated_network_or_no_reuse_scope_computes_afresh()
    {
        Mlp model = TestData.Network(2, [8], Activation.Tanh, 3, seed: 1);
        Mlp twin = TestData.Network(2, [8], Activation.Tanh, 3, seed: 1); // same bits, created separately: activations may differ
        var sameValues = new Dataset((float[])Data.Features.Clone(), (int[])Data.Labels.Clone(), 2);
        const long Pass = 300 * (2 * 8 + 8 * 3);
        Parameter bias = model.Head.Bias;
        bias.Value[1] = 0f;
        using LogitsMemo.CaseScope memo = LogitsMemo.ForCase();
        Trainer.Logits(model, Data);
        Assert.Equal(Pass, MultiplyAddsOf(() => Trainer.Logits(model, Data)));
        using (LogitsMemo.Reusing())
        {
            Assert.Equal(Pass, MultiplyAddsOf(() => Trainer.Logits(model, sameValues)));
            Assert.Equal(Pass, MultiplyAddsOf(() => Trainer.Logits(twin, Data)));
            Assert.Equal(0, MultiplyAddsOf(() => Trainer.Logits(model, Data)));
            // +0 → −0 compares equal as a float but is another parameter.
            bias.Value[1] = -0f;
            Assert.Equal(Pass, MultiplyAddsOf(() => Trainer.Logits(model, Data)));
        }
    }

    [Fact]
    public void A_record_keeps_neither_its_data_set_nor_its_network_alive()
    {
        using LogitsMemo.CaseScope memo = LogitsMemo.ForCase();
        (WeakReference data, WeakReference network) = RecordThrowaway();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(data.IsAlive);
        Assert.False(network.IsAlive);
    }

    // Not inlined, so no local of this frame keeps the two alive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (WeakReference Data, WeakReference Network) RecordThrowaway()
    {
        var data = new Dataset(TestData.Uniform(2 * 50, seed: 7, -1, 1), TestData.Labels(50, 3, seed: 8), 2);
        Mlp model = TestData.Network(2, [8], Activation.Tanh, 3, seed: 1);
        Trainer.Logits(model, data);
        return (new WeakReference(data), new WeakReference(model));
    }

    [Fact]
    public void Nothing_is_recorded_outside_a_case()
    {
        Mlp model = TestData.Network(2, [8], Activation.Tanh, 3, seed: 1);
        Trainer.Logits(model, Data);
        using (LogitsMemo.Reusing())
            Assert.Equal(300 * (2 * 8 + 8 * 3), MultiplyAddsOf(() => Trainer.Logits(model, Data)));
    }

    [Fact]
    public void A_naive_cases_step_evaluations_take_the_last_epochs_passes()
    {
        // Split-digits smoke, naive, seed 2 (no decision-region plot): 64 → 100 → k outputs, 5 steps of 2 digits. Everything
        // the case computes is its training and curves (its own ledger), the expansion probes and the timed inference at the
        // end: the step evaluations (test set, training accuracy, the last step's scores) cost nothing more, since the network
        // has not changed since the last epoch's curves scored the same data sets. Each 2-digit step probes on both sets
        // the head before the first new output (k), after it (k + 1) and after the second (k + 2); the second expansion's
        // "before" is the first one's "after" again.
        ExperimentDefinition smoke = new SplitDigits().Define(Budget.Smoke);
        RunCase naive = smoke.Cases().Single(c => c.Strategy.Name == "naive" && c.Seed == 2);
        ScenarioData data = smoke.Scenario.Build(smoke.Name, 2);
        const long Body = 64 * 100, Hidden = 100;
        long probes = data.Phases.Skip(1).Sum(p =>
        {
            int k = p.Categories - 2;
            return (long)(p.Test.Count + p.Train.Count) * (3 * Body + Hidden * (3 * k + 3));
        });
        long inference = data.Phases[^1].Test.Count * (Body + Hidden * 10);

        MultiplyAddCounts before = MultiplyAddCounter.Snapshot();
        CaseResult result = CaseRunner.Run(smoke, naive);
        long total = (MultiplyAddCounter.Snapshot() - before).Total;

        CostRecord cost = Assert.Single(result.Tables.Get(StandardTables.Cost));
        Assert.Equal(cost.TrainMultiplyAdds + cost.EvalMultiplyAdds + probes + inference, total);
    }
}
