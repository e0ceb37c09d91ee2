using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>Everything a strategy needs to build its learner for one case.</summary>
/// <param name="RngFor">Generator for a named purpose of this case; the same purpose gives the same stream to every strategy.</param>
/// <param name="TotalCategories">Categories that will have arrived after the last phase (for heads allocated up front).</param>
public sealed record LearnerContext(INetworkSpec Network, FitSettings Fit, int InitialCategories, int TotalCategories, ICategorySampler Sampler, Func<string, Rng> RngFor)
{
    /// <summary>Categories present after each phase, in order (empty when unknown); tells a growing head the size its step ends at.</summary>
    public IReadOnlyList<int> PhaseCategories { get; init; } = [];

    /// <summary>Categories at the end of the step that brings category <paramref name="newCategory"/> (newCategory + 1 when unknown).</summary>
    public int CategoriesAfterStepOf(int newCategory) =>
        PhaseCategories.Where(c => c > newCategory).DefaultIfEmpty(newCategory + 1).First();
}
