using IncrementalStudy.Learners;
using IncrementalStudy.Training;
using IncrementalStudy.Validation;

namespace IncrementalStudy.Experiments;

/// <summary>iCaRL (Rebuffi et al. 2017) with K exemplars in total; see <see cref="IcarlLearner"/>.</summary>
/// <param name="NearestMean">True: nearest-mean-of-exemplars prediction (the paper's); false: argmax of the sigmoid outputs.</param>
public sealed record IcarlStrategy(string Name, OptimizerSpec Optimizer, int MemorySize, bool NearestMean) : StrategyDefinition(Name)
{
    public override IIncrementalLearner CreateLearner(LearnerContext context) => new IcarlLearner(context, MemorySize, NearestMean, Optimizer);

    public override string Describe() =>
        $"iCaRL (Rebuffi et al. 2017): K = {MemorySize} herded exemplars, sigmoid BCE with the previous model's outputs as old targets, " +
        (NearestMean ? "nearest-mean-of-exemplars prediction" : "argmax-of-sigmoid prediction") + $", random init, optimizer reset, {Optimizer}";

    public override IEnumerable<ValidationError> Validate(string field)
    {
        if (MemorySize < 1) yield return new ValidationError($"{field}.{nameof(MemorySize)}", $"is {MemorySize}", "iCaRL needs room for at least 1 exemplar");
    }
}
