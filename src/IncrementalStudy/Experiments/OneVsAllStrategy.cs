using IncrementalStudy.Learners;
using IncrementalStudy.Training;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Experiments;

/// <summary>
/// One binary model per category, each on X positives (all of them when fewer exist; <see cref="AllSamples"/> for all) and
/// as many negatives; <paramref name="FromPhaseData"/> draws them from the phase's stored training data (the shared head's
/// data budget) instead of the scenario's sampler.
/// </summary>
public sealed record OneVsAllStrategy(string Name, OneVsAllArm Arm, int SamplesPerModel, OptimizerSpec Optimizer, bool FromPhaseData = false) : StrategyDefinition(Name)
{
    /// <summary>X = every sample of the category the step holds.</summary>
    public const int AllSamples = int.MaxValue;

    /// <summary>
    /// A memory of K samples in total for the earlier categories' samples (the same draws as the shared head's
    /// <see cref="Rehearsal.FixedTotal"/> random memory of K), instead of all stored training data; null: no such limit.
    /// </summary>
    public int? MemorySize { get; init; }

    /// <summary>Platt-scale every binary model's score on the memory after each step (needs <see cref="MemorySize"/>).</summary>
    public bool Calibrated { get; init; }

    public override IIncrementalLearner CreateLearner(LearnerContext context) =>
        new OneVsAllLearner(context, Arm, SamplesPerModel, Optimizer, FromPhaseData, MemorySize, Calibrated);

    public override string Describe() =>
        $"one-vs-all ({(Arm == OneVsAllArm.Incremental ? "incremental" : "refit all")}), " +
        $"X = {(SamplesPerModel == AllSamples ? "all of the category's samples" : SamplesPerModel)}{(FromPhaseData ? " from the phase's stored data" : "")}" +
        (MemorySize is { } k ? $", earlier categories' samples from a random memory of K = {k} in total" : "") +
        (Calibrated ? ", Platt-scaled scores (Platt 1999) refitted on the memory after each step" : "") +
        $", binary cross-entropy, {Optimizer}";

    public override IEnumerable<ValidationError> Validate(string field)
    {
        if (SamplesPerModel < 1)
            yield return new ValidationError($"{field}.{nameof(SamplesPerModel)}", $"is {SamplesPerModel}", "one-vs-all needs at least 1 positive and 1 negative sample per model");
        if (MemorySize is < 1) yield return new ValidationError($"{field}.{nameof(MemorySize)}", $"is {MemorySize}", "the memory needs room for at least 1 sample");
        if (Calibrated && MemorySize is null)
            yield return new ValidationError($"{field}.{nameof(Calibrated)}", "is set without a memory", "give MemorySize: the calibration is fitted on the memory");
        if (MemorySize is not null && FromPhaseData)
            yield return new ValidationError($"{field}.{nameof(FromPhaseData)}", "is set with a memory", "choose one source of the earlier categories' samples");
    }
}
