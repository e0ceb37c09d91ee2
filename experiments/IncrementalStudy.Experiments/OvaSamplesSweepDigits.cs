using IncrementalStudy.Models;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class OvaSamplesSweepDigits : IExperiment
{
    public string Name => "ova-samples-sweep-digits";

    public string Description =>
        "Split-digits with X in {10, 50, 200, 1000} (capped by the stored samples): one-vs-all against a shared head on exactly the same samples.";

    public ExperimentDefinition Define() =>
        SplitDigits.Base(Name, Description, OvaSamplesSweep.Strategies(StandardStrategies.Adam, HeadInit.Random));
}
