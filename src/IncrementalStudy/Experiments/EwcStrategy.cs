using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Training;
using IncrementalStudy.Validation;

namespace IncrementalStudy.Experiments;

/// <summary>Elastic Weight Consolidation (Kirkpatrick et al. 2017) on the shared head; see <see cref="EwcRegularizer"/>.</summary>
/// <param name="FisherSamples">Samples of each step's training data the Fisher is estimated on (null: all of them).</param>
public sealed record EwcStrategy(string Name, OptimizerSpec Optimizer, double Lambda, HeadInit Init = HeadInit.Random, int? FisherSamples = null)
    : StrategyDefinition(Name)
{
    public override IIncrementalLearner CreateLearner(LearnerContext context) =>
        new RegularizedSharedHeadLearner(context, new EwcRegularizer(Lambda, FisherSamples, context.RngFor("ewc-fisher")), Optimizer, Init);

    public override string Describe() =>
        $"EWC (Kirkpatrick et al. 2017): new data only, + (λ/2)·Σ F (θ − θ*)², true diagonal Fisher{(FisherSamples is { } m ? $" on {m} random samples of each step" : "")} summed over steps, λ = {Lambda}, {Init.ToString().ToLowerInvariant()} init, optimizer reset, {Optimizer}";

    public override IEnumerable<ValidationError> Validate(string field)
    {
        if (!(Lambda >= 0)) yield return new ValidationError($"{field}.{nameof(Lambda)}", $"is {Lambda}", "the penalty weight must be at least 0");
        if (FisherSamples is <= 0)
            yield return new ValidationError($"{field}.{nameof(FisherSamples)}", $"is {FisherSamples}", "the Fisher needs at least one sample (null uses all)");
    }
}
