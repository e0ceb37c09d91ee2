using IncrementalStudy.Models;

namespace IncrementalStudy.Learners;

/// <summary>A shared head right before and right after one output node was added, before any update.</summary>
public sealed record HeadExpansion(int NewCategory, INetwork Before, INetwork After, long OptimizerStateBefore, long OptimizerStateAfter);
