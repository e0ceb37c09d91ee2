using CsvHelper;

namespace IncrementalStudy.Reporting.Csv;

/// <summary>Tidy CSV in and out: invariant culture, LF line endings, doubles that round-trip bit for bit.</summary>
public static class CsvFiles
{
    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { NewLine = "\n" };

    public static void Write<T>(string path, IEnumerable<T> records)
    {
        using CsvWriter writer = CsvWriter.ToFile(path, WriterOptions);
        writer.WriteHeader<T>();
        foreach (T record in records) writer.WriteRecord(record);
    }

    public static IReadOnlyList<T> Read<T>(string path)
    {
        using CsvReader reader = CsvReader.FromFile(path);
        return [.. reader.GetRecords<T>()];
    }
}
