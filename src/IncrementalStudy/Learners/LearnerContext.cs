using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>Everything a strategy needs to build its learner for one case.</summary>
/// <param name="RngFor">Generator for a named purpose of this case; the same purpose gives the same stream to every strategy.</param>
public sealed record LearnerContext(NetworkSpec Network, FitSettings Fit, int InitialCategories, ICategorySampler Sampler, Func<string, Rng> RngFor);
