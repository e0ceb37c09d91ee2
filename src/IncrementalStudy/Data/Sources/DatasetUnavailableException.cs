namespace IncrementalStudy.Data.Sources;

/// <summary>A data set that is not on this machine; the one-line message says where it was looked for and exactly how to get it.</summary>
internal sealed class DatasetUnavailableException(string message) : Exception(message);
