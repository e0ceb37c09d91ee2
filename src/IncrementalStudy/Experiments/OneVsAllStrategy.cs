using IncrementalStudy.Learners;
using IncrementalStudy.Training;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Experiments;

/// <summary>
/// One binary model per category, each on X positives and X negatives; <paramref name="FromPhaseData"/> draws them from the
/// phase's stored training data (the shared head's data budget) instead of the scenario's sampler.
/// </summary>
public sealed record OneVsAllStrategy(string Name, OneVsAllArm Arm, int SamplesPerModel, OptimizerSpec Optimizer, bool FromPhaseData = false) : StrategyDefinition(Name)
{
    public override IIncrementalLearner CreateLearner(LearnerContext context) =>
        new OneVsAllLearner(context, Arm, SamplesPerModel, Optimizer, FromPhaseData);

    public override string Describe() =>
        $"one-vs-all ({(Arm == OneVsAllArm.Incremental ? "incremental" : "refit all")}), X = {SamplesPerModel}{(FromPhaseData ? " from the phase's stored data" : "")}, binary cross-entropy, {Optimizer}";

    public override IEnumerable<ValidationError> Validate(string field)
    {
        if (SamplesPerModel < 1)
            yield return new ValidationError($"{field}.{nameof(SamplesPerModel)}", $"is {SamplesPerModel}", "one-vs-all needs at least 1 positive and 1 negative sample per model");
    }
}
