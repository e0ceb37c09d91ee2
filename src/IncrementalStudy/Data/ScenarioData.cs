namespace IncrementalStudy.Data;

/// <summary>The generated or loaded data of one seed, plus the source one-vs-all and sample-matched arms draw their X samples from.</summary>
public sealed record ScenarioData(ICategorySampler Sampler, IReadOnlyList<PhaseData> Phases);
