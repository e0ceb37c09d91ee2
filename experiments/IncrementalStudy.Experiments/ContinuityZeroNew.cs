using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class ContinuityZeroNew : IExperiment
{
    public string Name => "continuity-zero-new";

    public string Description =>
        "Continuity check: the head grows but phase 2 has no sample of the new category (200, 200, 0); does the second fit start where the first ended?";

    public ExperimentDefinition Define(Budget budget = Budget.Full)
    {
        var nadam = OptimizerSpec.NadamKeras2;
        ExperimentDefinition definition = SeedScenario.Definition(Name, Description, budget, SeedScenario.WithPhase2Sizes(200, 200, 0),
            new SharedHeadStrategy("zero-reset", new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Reset, Rehearsal.Naive), nadam),
            new SharedHeadStrategy("zero-carry", new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Carry, Rehearsal.Naive), nadam),
            new SharedHeadStrategy("random-reset", new SharedHeadOptions(HeadInit.Random, OptimizerHandling.Reset, Rehearsal.Naive), nadam),
            new SharedHeadStrategy("random-carry", new SharedHeadOptions(HeadInit.Random, OptimizerHandling.Carry, Rehearsal.Naive), nadam));
        Expectation[] always =
        [
            // The finding: old logits are untouched, yet the loss on the same kind of data jumps at expansion.
            new MetricBound("zero-reset", "old_logit_max_abs_change", AtMost: 0),
            new MetricBound("zero-reset", "train_loss_before_expansion", AtMost: 0.42),
            new MetricBound("zero-reset", "train_loss_after_expansion", AtLeast: 0.55),
            new MetricBound("zero-reset", "old_accuracy_final", AtLeast: 0.80),
        ];
        return definition with
        {
            // The question is whether the second fit starts where the first ended, not the final accuracy (the new category has no sample).
            Headline = MetricCatalog.TrainLossAfterFirstPhase2Epoch,
            Contrasts =
            [
                new Contrast("zero-carry", "zero-reset", "optimizer state kept vs reset when the head grows (zero init)") { Topic = ContrastTopic.HeadGrowth },
                new Contrast("random-carry", "random-reset", "optimizer state kept vs reset when the head grows (random init)") { Topic = ContrastTopic.HeadGrowth },
                new Contrast("random-reset", "zero-reset", "random vs zero initialisation of the new output (optimizer reset)") { Topic = ContrastTopic.HeadGrowth },
                new Contrast("random-carry", "zero-carry", "random vs zero initialisation of the new output (optimizer kept)") { Topic = ContrastTopic.HeadGrowth },
            ],
            Expectations = budget == Budget.Smoke
                ? always
                :
                [
                    .. always,
                    new MetricBound("zero-reset", "test_accuracy_final", AtLeast: 0.55),
                    new MetricBound("zero-carry", "test_accuracy_final", AtLeast: 0.55),
                    new PairedDifference("train_loss_after_first_phase_2_epoch", "zero-reset", "zero-carry", DifferenceSign.Positive),
                    new PairedDifference("old_accuracy_final", "zero-reset", "zero-carry", DifferenceSign.Unresolved),
                ],
        };
    }
}
