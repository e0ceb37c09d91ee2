using IncrementalStudy.Learners;
using IncrementalStudy.Training;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Experiments;

/// <summary>The expanding shared softmax head.</summary>
public sealed record SharedHeadStrategy(string Name, SharedHeadOptions Options, OptimizerSpec Optimizer) : StrategyDefinition(Name)
{
    public override IIncrementalLearner CreateLearner(LearnerContext context) => new ExpandingSoftmaxLearner(context, Options, Optimizer);

    public override string Describe() => $"shared softmax head, {Options.Describe()}, {Optimizer}";

    public override IEnumerable<ValidationError> Validate(string field)
    {
        if (Options.Rehearsal is Rehearsal.Replay { PerClass: < 1 } replay)
            yield return new ValidationError($"{field}.Options.Rehearsal", $"keeps {replay.PerClass} samples per class", "replay needs at least 1 sample per class");
        if (Options.Rehearsal is Rehearsal.OvaSamples { SamplesPerModel: < 1 } matched)
            yield return new ValidationError($"{field}.Options.Rehearsal", $"uses X = {matched.SamplesPerModel}", "the one-vs-all sample set needs X of at least 1");
    }
}
