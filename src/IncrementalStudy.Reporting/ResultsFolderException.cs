namespace IncrementalStudy.Reporting;

/// <summary>A results folder that cannot be used (missing or malformed file); the message names the file.</summary>
internal sealed class ResultsFolderException(string message) : Exception(message);
