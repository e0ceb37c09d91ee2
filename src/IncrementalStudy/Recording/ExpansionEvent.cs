using IncrementalStudy.Data;
using IncrementalStudy.Learners;

namespace IncrementalStudy.Recording;

/// <summary>A learner grew its head by one category at the start of <paramref name="Phase"/>, before any update.</summary>
public sealed record ExpansionEvent(PhaseData Phase, HeadExpansion Expansion);
