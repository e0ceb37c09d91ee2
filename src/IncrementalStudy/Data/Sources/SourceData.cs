namespace IncrementalStudy.Data.Sources;

/// <summary>Loaded data: a pool to split (Test null) or a fixed train/test split, with where it came from and the files read.</summary>
/// <param name="Origin">"bundled" or the folder the files were found in.</param>
public sealed record SourceData(Dataset Train, Dataset? Test, string Origin, IReadOnlyList<DataFileDigest> Files)
{
    public DatasetFingerprint Fingerprint(string name) => new(name, Origin, Train.Count, Test?.Count, Files);
}
