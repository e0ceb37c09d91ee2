using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class SeedReplication : IExperiment
{
    public string Name => "seed-replication";

    public string Description =>
        "The original scenario: 2 Gaussian categories (1000 + 1000 points), then a third arrives (200 + 200 + 200); expanding shared head vs one-vs-all. "
        + "The original code's API (Model(input=…, output=…)) is standalone Keras 2.x ≤ 2.3, whose Nadam() has lr 0.002 (shared-head-keras2); "
        + "shared-head-tfkeras2 is tf.keras 2.0–2.10's Nadam() (same 0.004·t schedule, lr 0.001) and shared-head-keras3 Keras 3's, so the headline's "
        + "dependence on the Keras flavour is measured. ova-matched-x1000 draws its binary samples from the stored phase data the shared head sees.";

    public ExperimentDefinition Define(Budget budget = Budget.Full)
    {
        ExperimentDefinition definition = SeedScenario.Definition(Name, Description, budget, SeedScenario.WithPhase2Sizes(200, 200, 200),
            new SharedHeadStrategy("shared-head-keras2", new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Reset, Rehearsal.Naive), OptimizerSpec.NadamKeras2),
            new SharedHeadStrategy("shared-head-tfkeras2", new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Reset, Rehearsal.Naive), OptimizerSpec.NadamTfKeras2),
            new SharedHeadStrategy("shared-head-keras3", new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Reset, Rehearsal.Naive), OptimizerSpec.NadamKeras3),
            new OneVsAllStrategy("ova-incremental-x200", OneVsAllArm.Incremental, 200, OptimizerSpec.NadamKeras2),
            new OneVsAllStrategy("ova-incremental-x1000", OneVsAllArm.Incremental, 1000, OptimizerSpec.NadamKeras2),
            new OneVsAllStrategy("ova-refit-x1000", OneVsAllArm.RefitAll, 1000, OptimizerSpec.NadamKeras2),
            new OneVsAllStrategy("ova-matched-x1000", OneVsAllArm.Incremental, 1000, OptimizerSpec.NadamKeras2, FromPhaseData: true));
        Expectation[] always =
        [
            new MetricBound("shared-head-keras2", "test_accuracy_after_phase_1", 0.80, SeedScenario.BayesPhase1 + 0.025),
            new MetricBound("shared-head-keras2", "old_logit_max_abs_change", AtMost: 0),
            new MetricBound("ova-incremental-x1000", "new_class_recall_final", AtMost: 0.65),
        ];
        return definition with
        {
            Expectations = budget == Budget.Smoke
                ? [.. always, new MetricBound("shared-head-keras2", "test_accuracy_final", 0.74, 0.80)]
                :
                [
                    .. always,
                    // Headline bounds: the committed mean − 4 SEM across seeds, rounded down to 0.01, so a regression fails `check` without --baseline
                    // (results/seed-replication/summary.csv: 0.7718 ± 0.0021 and 0.7219 ± 0.0027).
                    new MetricBound("shared-head-keras2", "test_accuracy_final", AtLeast: 0.76),
                    new MetricBound("ova-incremental-x1000", "test_accuracy_final", AtLeast: 0.71),
                    // The finding: growing the head beats one-vs-all that never retrains, and loses narrowly to retraining everything.
                    new PairedDifference("test_accuracy_final", "shared-head-keras2", "ova-incremental-x200", DifferenceSign.Positive),
                    new PairedDifference("test_accuracy_final", "shared-head-keras2", "ova-incremental-x1000", DifferenceSign.Positive),
                    new PairedDifference("test_accuracy_final", "shared-head-keras2", "ova-refit-x1000", DifferenceSign.Negative),
                    // The Keras flavour matters: tf.keras 2.0–2.10's Nadam (lr 0.001) ends 0.013 lower (0.759 vs 0.772, new-class recall
                    // 0.786 vs 0.842 on the branch's run), but still beats one-vs-all that never retrains.
                    new PairedDifference("test_accuracy_final", "shared-head-keras2", "shared-head-tfkeras2", DifferenceSign.Positive),
                    new PairedDifference("test_accuracy_final", "shared-head-tfkeras2", "ova-incremental-x1000", DifferenceSign.Positive),
                    // At the shared head's data budget (the stored phase data) one-vs-all falls far behind (0.620).
                    new PairedDifference("test_accuracy_final", "shared-head-keras2", "ova-matched-x1000", DifferenceSign.Positive),
                    // Class interference alone costs the old classes Φ(1) − 0.761 ≈ 0.080 (Monte Carlo, BayesReferenceTests).
                    new MetricBound("shared-head-keras2", "bayes_forgetting_reference", 0.065, 0.095),
                    new WithinBaseline("shared-head-keras2", "test_accuracy_final"),
                    new WithinBaseline("ova-incremental-x1000", "test_accuracy_final"),
                ],
        };
    }
}
