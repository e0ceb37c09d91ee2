using IncrementalStudy.Learners;
using IncrementalStudy.Training;
using IncrementalStudy.Validation;

namespace IncrementalStudy.Experiments;

/// <summary>One network, binary heads: a sigmoid output per category on a shared body; see <see cref="BinaryHeadsLearner"/>.</summary>
public sealed record BinaryHeadsStrategy(string Name, OptimizerSpec Optimizer, int ReplayPerClass = 0) : StrategyDefinition(Name)
{
    public override IIncrementalLearner CreateLearner(LearnerContext context) => new BinaryHeadsLearner(context, ReplayPerClass, Optimizer);

    public override string Describe() =>
        $"shared body, one sigmoid output per category (binary cross-entropy on every sample), zero-initialised new outputs, optimizer reset, " +
        (ReplayPerClass > 0 ? $"replay {ReplayPerClass} per class (random)" : "new data only") + $", {Optimizer}";

    public override IEnumerable<ValidationError> Validate(string field)
    {
        if (ReplayPerClass < 0) yield return new ValidationError($"{field}.{nameof(ReplayPerClass)}", $"is {ReplayPerClass}", "the replay buffer cannot be negative");
    }
}
