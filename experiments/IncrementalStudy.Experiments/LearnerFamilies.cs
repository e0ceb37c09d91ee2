using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary>The field's answers to growing a head without forgetting, on split digits, against the standard references.</summary>
public sealed class LearnerFamilies : IExperiment
{
    public string Name => "learner-families";

    public string Description =>
        "Class-incremental UCI digits, 5 steps × 2 classes, split-digits' network, fit and seeds: LwF, EWC (two λ) and one network with binary heads " +
        "(without and with replay) against naive, replay, joint and one-vs-all; memory.csv records what each keeps.";

    /// <summary>The families (<see cref="Families"/>) and the references, in the order results list them.</summary>
    public static StrategyDefinition[] Strategies(int replayPerClass, int ovaSamples, params double[] ewcLambdas)
    {
        StrategyDefinition[] standard = StandardStrategies.ClassIncremental(replayPerClass, ovaSamples);
        string[] references = ["naive", "replay", "joint", "ova-incremental", "ova-refit"];
        return [.. references.Select(n => standard.Single(s => s.Name == n)), .. Families(replayPerClass, ewcLambdas)];
    }

    public static StrategyDefinition[] Families(int replayPerClass, params double[] ewcLambdas) =>
    [
        new BinaryHeadsStrategy("binary-heads", StandardStrategies.Adam),
        new BinaryHeadsStrategy("binary-heads-replay", StandardStrategies.Adam, replayPerClass),
        new LwfStrategy("lwf", StandardStrategies.Adam),
        .. ewcLambdas.Select(l => new EwcStrategy($"ewc-{l:0.###}", StandardStrategies.Adam, l)),
    ];

    public ExperimentDefinition Define(Budget budget = Budget.Full) =>
        SplitDigits.Base(Name, Description, budget, Strategies(replayPerClass: 20, ovaSamples: 200, 100, 10000));
}
