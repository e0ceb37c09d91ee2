using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Training;
using IncrementalStudy.Validation;

namespace IncrementalStudy.Experiments;

/// <summary>Learning without Forgetting (Li &amp; Hoiem 2016), class-incremental form; see <see cref="LwfRegularizer"/>.</summary>
public sealed record LwfStrategy(string Name, OptimizerSpec Optimizer, double Lambda = 1, double Temperature = 2, HeadInit Init = HeadInit.Random) : StrategyDefinition(Name)
{
    public override IIncrementalLearner CreateLearner(LearnerContext context) =>
        new RegularizedSharedHeadLearner(context, new LwfRegularizer(Lambda, Temperature), Optimizer, Init);

    public override string Describe() =>
        $"LwF (Li & Hoiem 2016): new data only, + λ·T²·KL to the previous model's softened old outputs, λ = {Lambda}, T = {Temperature}, {Init.ToString().ToLowerInvariant()} init, optimizer reset, {Optimizer}";

    public override IEnumerable<ValidationError> Validate(string field)
    {
        if (!(Lambda >= 0)) yield return new ValidationError($"{field}.{nameof(Lambda)}", $"is {Lambda}", "the distillation weight must be at least 0");
        if (!(Temperature > 0)) yield return new ValidationError($"{field}.{nameof(Temperature)}", $"is {Temperature}", "the temperature must be positive");
    }
}
