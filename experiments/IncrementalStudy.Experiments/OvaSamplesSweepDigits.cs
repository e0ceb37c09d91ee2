using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Models;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class OvaSamplesSweepDigits : IExperiment
{
    public string Name => "ova-samples-sweep-digits";

    public string Description =>
        "Split-digits (class order drawn per seed) with X in {10, 50, 200, 1000} (capped by the stored samples, about 144 per class; as many rest samples as new ones): " +
        "one-vs-all against a shared head on exactly the same samples.";

    public ExperimentDefinition Define(Budget budget = Budget.Full) =>
        SplitDigits.Base(Name, Description, budget, OvaSamplesSweep.Strategies(StandardStrategies.Adam, HeadInit.Random)) with
        {
            Seeds = budget == Budget.Full ? 10 : 1,
            Contrasts = OvaSamplesSweep.Contrasts(),
            Expectations =
            [
                new MetricBound("ova-incremental-x1000", "forgetting_max", AtMost: 0.05),
                // Read from results/ova-samples-sweep-digits (10 seeds): one-vs-all ahead at X = 10, the shared head from X = 50 on.
                .. budget == Budget.Full
                    ? new Expectation[]
                    {
                        new PairedDifference("average_accuracy_final", "shared-head-ova-samples-x10", "ova-incremental-x10", DifferenceSign.Negative),
                        new PairedDifference("average_accuracy_final", "shared-head-ova-samples-x50", "ova-incremental-x50", DifferenceSign.Positive),
                    }
                    : [],
            ],
        };
}
