using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>The factors of an expanding shared head.</summary>
/// <param name="WeightAligning">After each phase after the first, rescale the new classes' kernel columns to the old columns' mean norm.</param>
public sealed record SharedHeadOptions(HeadInit Init, OptimizerHandling Handling, Rehearsal Rehearsal, bool WeightAligning = false)
{
    public string Describe() =>
        $"{Init.ToString().ToLowerInvariant()} init, optimizer {Handling.ToString().ToLowerInvariant()}, {Rehearsal.Describe()}" +
        (WeightAligning ? ", weight aligning" : "");
}
