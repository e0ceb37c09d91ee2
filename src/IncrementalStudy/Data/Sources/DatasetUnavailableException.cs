namespace IncrementalStudy.Data.Sources;

/// <summary>A data set that is not on this machine; the message says exactly how to get it.</summary>
public sealed class DatasetUnavailableException(string message) : Exception(message);
