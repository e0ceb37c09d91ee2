namespace IncrementalStudy.Data.Loading;

/// <summary>A data file that cannot be read as expected: names the file, the place in it and what was expected.</summary>
internal sealed class DataFormatException(string path, string location, string problem)
    : Exception($"{path}: {location}: {problem}")
{
    public string Path { get; } = path;
    public string Location { get; } = location;
}
