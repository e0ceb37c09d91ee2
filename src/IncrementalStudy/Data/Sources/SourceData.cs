namespace IncrementalStudy.Data.Sources;

/// <summary>Loaded data: a pool to split (Test null) or a fixed train/test split.</summary>
public sealed record SourceData(Dataset Train, Dataset? Test);
