namespace IncrementalStudy.Data.Sources;

/// <summary>What identifies the data a run used: the data set's name, where it was read from, its sample counts and file digests.</summary>
/// <param name="TestSamples">Samples of the fixed test split, or null when the scenario splits one pool per seed.</param>
public sealed record DatasetFingerprint(string Name, string Origin, int TrainSamples, int? TestSamples, IReadOnlyList<DataFileDigest> Files);
