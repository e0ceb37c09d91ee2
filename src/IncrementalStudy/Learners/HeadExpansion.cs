using IncrementalStudy.Models;

namespace IncrementalStudy.Learners;

/// <summary>A shared head right before and right after one output node was added, before any update.</summary>
public sealed record HeadExpansion(int NewCategory, INetwork Before, INetwork After, long OptimizerStateBefore, long OptimizerStateAfter)
{
    /// <summary>
    /// Adds one output to <paramref name="model"/>'s head, initialised by <paramref name="init"/>, and starts a fresh optimizer,
    /// as the learners that reset their optimizer every step do; returns the expansion and the new optimizer.
    /// </summary>
    internal static (HeadExpansion Expansion, Training.Optimizer Optimizer) AddOutputWithFreshOptimizer(INetwork model, Training.Optimizer current,
        Training.OptimizerSpec spec, HeadInit init, Data.Dataset newCategorySamples, int totalCategories, Numerics.Rng rng)
    {
        INetwork before = model.Clone();
        long stateBefore = current.StateFloatCount;
        int oldOutputs = model.Outputs;
        (float[] column, float bias) = HeadInitializer.NewOutput(init, model, newCategorySamples, totalCategories, rng);
        model.AddOutput(column, bias);
        Training.Optimizer fresh = spec.Create();
        return (new HeadExpansion(oldOutputs, before, model, stateBefore, fresh.StateFloatCount), fresh);
    }
}
