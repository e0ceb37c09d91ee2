namespace IncrementalStudy.Data;

/// <summary>The generated data of one seed, plus the sampler one-vs-all draws its X samples from.</summary>
public sealed record ScenarioData(GaussianBlobs Sampler, IReadOnlyList<PhaseData> Phases);
