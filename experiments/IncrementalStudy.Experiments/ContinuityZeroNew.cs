using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class ContinuityZeroNew : IExperiment
{
    public string Name => "continuity-zero-new";

    public string Description =>
        "Continuity check: the head grows but phase 2 has no sample of the new category (200, 200, 0); does the second fit start where the first ended?";

    public ExperimentDefinition Define() => SeedScenario.Definition(Name, Description, SeedScenario.WithPhase2Sizes(200, 200, 0),
        new SharedHeadStrategy("zero-reset", new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Reset, Rehearsal.Naive), OptimizerSpec.NadamKeras2),
        new SharedHeadStrategy("zero-carry", new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Carry, Rehearsal.Naive), OptimizerSpec.NadamKeras2),
        new SharedHeadStrategy("random-reset", new SharedHeadOptions(HeadInit.Random, OptimizerHandling.Reset, Rehearsal.Naive), OptimizerSpec.NadamKeras2));
}
