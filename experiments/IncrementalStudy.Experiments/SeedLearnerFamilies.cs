using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary>The seed study's question answered by the field's learners, in the seed's own setting (zero-initialised node, Nadam).</summary>
public sealed class SeedLearnerFamilies : IExperiment
{
    public string Name => "seed-learner-families";

    public string Description =>
        "The original scenario (2 Gaussian categories, then a third with 200 + 200 + 200 points): LwF, EWC (two λ) and one network with binary heads " +
        "against the seed's shared head (zero init, Nadam) and one-vs-all on the same 200 new-category samples, 20 seeds.";

    public ExperimentDefinition Define(Budget budget = Budget.Full) =>
        SeedScenario.Definition(Name, Description, budget, SeedScenario.WithPhase2Sizes(200, 200, 200),
            new SharedHeadStrategy("shared-head-keras2", new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Reset, Rehearsal.Naive), OptimizerSpec.NadamKeras2),
            new OneVsAllStrategy("ova-incremental-x200", OneVsAllArm.Incremental, 200, OptimizerSpec.NadamKeras2),
            SharedHeadStrategy.BinaryHeads("binary-heads", OptimizerSpec.NadamKeras2),
            SharedHeadStrategy.LwF("lwf", OptimizerSpec.NadamKeras2, init: HeadInit.Zero),
            SharedHeadStrategy.Ewc("ewc-100", OptimizerSpec.NadamKeras2, 100, HeadInit.Zero),
            SharedHeadStrategy.Ewc("ewc-10000", OptimizerSpec.NadamKeras2, 10000, HeadInit.Zero)) with
        {
            Contrasts =
            [
                new Contrast("lwf", "shared-head-keras2", "LwF distillation added to the seed's shared head") { Topic = ContrastTopic.Other },
                new Contrast("ewc-100", "shared-head-keras2", "EWC (λ = 100) added to the seed's shared head") { Topic = ContrastTopic.Other },
                new Contrast("ewc-10000", "ewc-100", "EWC λ = 10⁴ vs 100") { Topic = ContrastTopic.Other },
                new Contrast("binary-heads", "shared-head-keras2", "one sigmoid per category vs one softmax, one network") { Topic = ContrastTopic.Other },
                new Contrast("binary-heads", "ova-incremental-x200", "one network with binary heads vs separate binary models (same 200 new-category samples)") { Topic = ContrastTopic.Other },
            ],
            Expectations = budget == Budget.Full
                ?
                [
                    // As measured on 20 seeds (results/seed-learner-families): LwF is the seed's head within noise, EWC and binary
                    // heads cost accuracy, one network with binary heads beats separate binary models on the same 200 samples.
                    new PairedDifference("test_accuracy_final", "lwf", "shared-head-keras2", DifferenceSign.Unresolved),
                    new PairedDifference("test_accuracy_final", "ewc-100", "shared-head-keras2", DifferenceSign.Negative),
                    new PairedDifference("test_accuracy_final", "binary-heads", "ova-incremental-x200", DifferenceSign.Positive),
                ]
                : [new MetricBound("lwf", "test_accuracy_final", AtLeast: 0.7)],
        };
}
