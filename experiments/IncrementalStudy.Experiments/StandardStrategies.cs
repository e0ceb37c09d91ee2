using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary>The strategy set the class-incremental experiments share.</summary>
internal static class StandardStrategies
{
    public static OptimizerSpec Adam { get; } = new(OptimizerKind.Adam, 1e-3);

    /// <summary>Shared heads grow with Glorot-initialised nodes and a fresh optimizer per step (the common baseline in the field).</summary>
    public static SharedHeadStrategy SharedHead(string name, Rehearsal rehearsal, HeadInit init = HeadInit.Random,
        OptimizerHandling handling = OptimizerHandling.Reset, bool weightAligning = false) =>
        new(name, new SharedHeadOptions(init, handling, rehearsal, weightAligning), Adam);

    /// <summary>naive, replay (random and herding), joint, joint-scratch, shared-head-ova-samples, ova-incremental, ova-refit.</summary>
    public static StrategyDefinition[] ClassIncremental(int replayPerClass, int ovaSamples) =>
    [
        SharedHead("naive", Rehearsal.Naive),
        SharedHead("replay", new Rehearsal.Replay(replayPerClass, ReplaySelection.Random)),
        SharedHead("replay-herding", new Rehearsal.Replay(replayPerClass, ReplaySelection.Herding)),
        SharedHead("joint", new Rehearsal.Joint()),
        SharedHead("joint-scratch", new Rehearsal.JointScratch()),
        SharedHead("shared-head-ova-samples", new Rehearsal.OvaSamples(ovaSamples)),
        new OneVsAllStrategy("ova-incremental", OneVsAllArm.Incremental, ovaSamples, Adam),
        new OneVsAllStrategy("ova-refit", OneVsAllArm.RefitAll, ovaSamples, Adam),
    ];

    /// <summary>The reference arms of <see cref="ClassIncremental"/>: they bound the results and are never "best".</summary>
    public static readonly string[] References = ["naive", "joint", "joint-scratch"];

    /// <summary>
    /// The contrasts of <see cref="ClassIncremental"/> among the strategies present: the shared head against one-vs-all on the
    /// very same samples (X of the new class and X of the others, drawn from the stored training data), refitting every
    /// binary model against training only the new one, and herded against random replay.
    /// </summary>
    public static Contrast[] ClassIncrementalContrasts(IEnumerable<StrategyDefinition> strategies)
    {
        HashSet<string> present = [.. strategies.Select(s => s.Name)];
        Contrast[] all =
        [
            new("shared-head-ova-samples", "ova-incremental", "shared head vs one-vs-all on the same samples (X new + X rest per new class)") { Topic = ContrastTopic.HeadVsOneVsAll },
            new("ova-refit", "ova-incremental", "one-vs-all retraining every binary model vs training only the new ones") { Topic = ContrastTopic.OneVsAllVariant },
            new("replay-herding", "replay", "herded vs random choice of the replayed samples") { Topic = ContrastTopic.StoredSamples },
        ];
        return [.. all.Where(c => present.Contains(c.Treatment) && present.Contains(c.Baseline))];
    }

    /// <summary>
    /// The main strategies of <see cref="ClassIncremental"/> for studies with an expensive body: naive, replay (random), joint,
    /// shared-head-ova-samples, ova-incremental and ova-refit (no herding variant, no joint-from-scratch).
    /// </summary>
    public static StrategyDefinition[] ClassIncrementalMain(int replayPerClass, int ovaSamples) =>
    [
        .. ClassIncremental(replayPerClass, ovaSamples)
            .Where(s => s.Name is "naive" or "replay" or "joint" or "shared-head-ova-samples" or "ova-incremental" or "ova-refit"),
    ];

    /// <summary>
    /// What class-incremental learning is known to do, for the <see cref="ClassIncremental"/> strategy set: naive fine-tuning keeps
    /// only the last step (old accuracy near 0, average near 1/T = 0.2), joint training does well, one-vs-all incremental barely forgets.
    /// </summary>
    public static Expectation[] StructuralExpectations(double jointAtLeast) =>
    [
        new MetricBound("naive", "old_accuracy_final", AtMost: 0.05),
        new MetricBound("naive", "average_accuracy_final", AtMost: 0.25),
        new MetricBound("joint", "average_accuracy_final", AtLeast: jointAtLeast),
        new MetricBound("ova-incremental", "forgetting_max", AtMost: 0.05),
    ];

    /// <summary>Five steps of two classes (dealt in a class order drawn per seed where the scenario shuffles).</summary>
    public static IReadOnlyList<IReadOnlyList<int>> FiveTwoClassSteps { get; } = [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9]];
}
