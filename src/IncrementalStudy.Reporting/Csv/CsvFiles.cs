using CsvHelper;

namespace IncrementalStudy.Reporting.Csv;

/// <summary>Tidy CSV in and out: invariant culture, LF line endings, doubles that round-trip bit for bit.</summary>
public static class CsvFiles
{
    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { NewLine = "\n" };

    /// <summary>Writes through a temporary file renamed into place, so an interrupted write never leaves a partial file.</summary>
    public static void Write<T>(string path, IEnumerable<T> records)
    {
        string temporary = path + ".tmp";
        using (CsvWriter writer = CsvWriter.ToFile(temporary, WriterOptions))
        {
            writer.WriteHeader<T>();
            foreach (T record in records) writer.WriteRecord(record);
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static IReadOnlyList<T> Read<T>(string path)
    {
        using CsvReader reader = CsvReader.FromFile(path);
        return [.. reader.GetRecords<T>()];
    }
}
