using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class HeadInitAblation : IExperiment
{
    public string Name => "head-init-ablation";

    public string Description =>
        "Split-digits with replay (20 per class): new-node init zero / random / imprintscaled (imprinting scaled to the old columns) / masked (full head drawn up front), each with and without weight aligning, optimizer reset vs carry.";

    public ExperimentDefinition Define(Budget budget = Budget.Full)
    {
        var replay = new Rehearsal.Replay(20, ReplaySelection.Random);
        StrategyDefinition[] strategies =
        [
            .. from init in new[] { HeadInit.Zero, HeadInit.Random, HeadInit.ImprintScaled, HeadInit.Masked }
               from weightAligning in new[] { false, true }
               from handling in new[] { OptimizerHandling.Reset, OptimizerHandling.Carry }
               select StandardStrategies.SharedHead(
                   $"{init.ToString().ToLowerInvariant()}{(weightAligning ? "-wa" : "")}-{handling.ToString().ToLowerInvariant()}",
                   replay, init, handling, weightAligning),
        ];
        ExperimentDefinition definition = SplitDigits.Base(Name, Description, budget, strategies) with { Seeds = budget == Budget.Full ? 10 : 1 };
        // Without weight aligning every init works with replay; weight aligning hurts here (the new columns are not the larger
        // ones, so aligning them up pulls predictions to the newest classes), worst with zero init.
        Expectation[] withoutAligning = [.. strategies.Where(s => !s.Name.Contains("-wa")).Select(s => (Expectation)new MetricBound(s.Name, "average_accuracy_final", AtLeast: budget == Budget.Full ? 0.85 : 0.5))];
        return definition with
        {
            Expectations = budget == Budget.Full
                ?
                [
                    .. withoutAligning,
                    // Headline bounds: the committed mean − 4 SEM across seeds, rounded down to 0.01, so a regression fails `check` without --baseline
                    // (results/head-init-ablation/summary.csv: imprint-carry (now imprintscaled-carry) 0.9230 ± 0.0065; for zero-reset, 0.8785 ± 0.0056 gives the 0.85 above).
                    new MetricBound("imprintscaled-carry", "average_accuracy_final", AtLeast: 0.89),
                    new MetricBound("zero-wa-reset", "newest_class_attraction_final", AtLeast: 0.9),
                    new PairedDifference("average_accuracy_final", "zero-reset", "zero-wa-reset", DifferenceSign.Positive),
                    new PairedDifference("average_accuracy_final", "random-reset", "random-wa-reset", DifferenceSign.Positive),
                    new PairedDifference("average_accuracy_final", "imprintscaled-carry", "zero-reset", DifferenceSign.Positive),
                    new PairedDifference("average_accuracy_final", "random-reset", "masked-reset", DifferenceSign.Unresolved),
                ]
                : [.. withoutAligning, new MetricBound("zero-wa-reset", "newest_class_attraction_final", AtLeast: 0.5)],
        };
    }
}
