using IncrementalStudy.Learners;
using IncrementalStudy.Training;
using IncrementalStudy.Validation;

namespace IncrementalStudy.Experiments;

/// <summary>BiC (Wu et al. 2019) with K stored samples; see <see cref="BicLearner"/>.</summary>
public sealed record BicStrategy(string Name, OptimizerSpec Optimizer, int MemorySize) : StrategyDefinition(Name)
{
    public override IIncrementalLearner CreateLearner(LearnerContext context) => new BicLearner(context, MemorySize, Optimizer);

    public override string Describe() =>
        $"BiC (Wu et al. 2019): K = {MemorySize} stored samples (9/10 herded exemplars, 1/10 balanced validation), replay with distillation (T = 2), " +
        $"(α, β) correction of the new classes' logits fitted on the validation set, random init, optimizer reset, {Optimizer}";

    public override IEnumerable<ValidationError> Validate(string field)
    {
        if (MemorySize < 10) yield return new ValidationError($"{field}.{nameof(MemorySize)}", $"is {MemorySize}", "BiC needs at least 10 stored samples (1/10 are validation)");
    }
}
