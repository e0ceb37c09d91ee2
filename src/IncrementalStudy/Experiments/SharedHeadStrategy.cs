using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments;

/// <summary>The expanding shared softmax head.</summary>
public sealed record SharedHeadStrategy(string Name, HeadInit Init, OptimizerHandling Handling, OptimizerSpec Optimizer) : StrategyDefinition(Name)
{
    public override IIncrementalLearner CreateLearner(LearnerContext context)
    {
        Mlp model = Mlp.Create(context.Network, context.InitialCategories, context.RngFor("init/body"), context.RngFor("init/shared-head"));
        return new ExpandingSoftmaxLearner(model, Optimizer, Handling, Init, context.Fit,
            context.RngFor("shuffle/shared"), context.RngFor("init/shared-head/expansion"));
    }

    public override string Describe() =>
        $"shared softmax head, {Init.ToString().ToLowerInvariant()} init, optimizer {Handling.ToString().ToLowerInvariant()}, {Optimizer}";
}
