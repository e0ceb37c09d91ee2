using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class SeedReplication : IExperiment
{
    public string Name => "seed-replication";

    public string Description =>
        "The original scenario: 2 Gaussian categories (1000 + 1000 points), then a third arrives (200 + 200 + 200); expanding shared head vs one-vs-all.";

    public ExperimentDefinition Define() => SeedScenario.Definition(Name, Description, SeedScenario.WithPhase2Sizes(200, 200, 200),
        new SharedHeadStrategy("shared-head-keras2", new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Reset, Rehearsal.Naive), OptimizerSpec.NadamKeras2),
        new SharedHeadStrategy("shared-head-keras3", new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Reset, Rehearsal.Naive), OptimizerSpec.NadamKeras3),
        new OneVsAllStrategy("ova-incremental-x200", OneVsAllArm.Incremental, 200, OptimizerSpec.NadamKeras2),
        new OneVsAllStrategy("ova-incremental-x1000", OneVsAllArm.Incremental, 1000, OptimizerSpec.NadamKeras2),
        new OneVsAllStrategy("ova-refit-x1000", OneVsAllArm.RefitAll, 1000, OptimizerSpec.NadamKeras2));
}
