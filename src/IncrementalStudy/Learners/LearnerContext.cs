using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>Everything a strategy needs to build its learner for one case.</summary>
/// <param name="RngFor">Generator for a named purpose of this case; the same purpose gives the same stream to every strategy.</param>
/// <param name="TotalCategories">Categories that will have arrived after the last phase (for heads allocated up front).</param>
public sealed record LearnerContext(INetworkSpec Network, FitSettings Fit, int InitialCategories, int TotalCategories, ICategorySampler Sampler, Func<string, Rng> RngFor);
