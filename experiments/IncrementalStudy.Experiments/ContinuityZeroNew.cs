using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class ContinuityZeroNew : IExperiment
{
    public string Name => "continuity-zero-new";

    public string Description =>
        "Continuity check: the head grows but phase 2 has no sample of the new category (200, 200, 0); does the second fit start where the first ended?";

    public ExperimentDefinition Define() => SeedScenario.Definition(Name, Description, SeedScenario.WithPhase2Sizes(200, 200, 0),
        new SharedHeadStrategy("zero-reset", HeadInit.Zero, OptimizerHandling.Reset, OptimizerSpec.NadamKeras2),
        new SharedHeadStrategy("zero-carry", HeadInit.Zero, OptimizerHandling.Carry, OptimizerSpec.NadamKeras2),
        new SharedHeadStrategy("random-reset", HeadInit.Random, OptimizerHandling.Reset, OptimizerSpec.NadamKeras2));
}
