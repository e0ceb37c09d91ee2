namespace IncrementalStudy.Reporting.Csv;

/// <summary>A CSV file that cannot be trusted; the message names the file and, where known, the line.</summary>
internal sealed class CsvFileException(string path, long line, string problem)
    : Exception(line > 0 ? $"{path}, line {line}: {problem}" : $"{path}: {problem}")
{
    public string Path { get; } = path;

    /// <summary>The 1-based line of the problem, or 0 when it concerns the whole file.</summary>
    public long Line { get; } = line;
}
