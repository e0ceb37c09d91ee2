using System.Globalization;
using CsvHelper;

namespace IncrementalStudy.Reporting.Csv;

/// <summary>Tidy CSV in and out: invariant culture, LF line endings, doubles that round-trip bit for bit.</summary>
internal static class CsvFiles
{
    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { NewLine = "\n" };

    /// <summary>
    /// Reading is strict, since these files feed checks: a fixed separator, every record as wide as the header, no
    /// malformed quoting, and numbers in the invariant form the writer uses. The generated mappers parse doubles with
    /// thousands separators allowed, so "0,8397" would read as 8397; a group separator that no file contains rules that out.
    /// </summary>
    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        DetectSeparatorHint = false,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MissingField = CsvMissingFieldHandling.Throw,
        MalformedData = CsvMalformedDataHandling.Throw,
        TrackLineNumbers = true,
        FormatProvider = InvariantWithoutGrouping(),
    };

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

    /// <summary>Reads every record; throws <see cref="CsvFileException"/> naming the file and line of the first problem.</summary>
    public static IReadOnlyList<T> Read<T>(string path) => [.. ReadWithLines<T>(path).Select(r => r.Record)];

    /// <summary>
    /// Reads a table whose rows are identified by <paramref name="key"/> (e.g. experiment, strategy and metric); a second
    /// row with the same key is an error rather than a silent choice between the two.
    /// </summary>
    public static IReadOnlyList<T> ReadUnique<T, TKey>(string path, Func<T, TKey> key, string keyColumns) where TKey : notnull
    {
        var firstLine = new Dictionary<TKey, long>();
        var records = new List<T>();
        foreach ((T record, long line) in ReadWithLines<T>(path))
        {
            if (!firstLine.TryAdd(key(record), line))
                throw new CsvFileException(path, line, $"repeats the {keyColumns} of line {firstLine[key(record)]}");
            records.Add(record);
        }
        return records;
    }

    private static List<(T Record, long Line)> ReadWithLines<T>(string path)
    {
        RequireFinalNewline(path);
        var records = new List<(T, long)>();
        try
        {
            using CsvReader reader = CsvReader.FromFile(path, ReaderOptions);
            foreach (T record in reader.GetRecords<T>()) records.Add((record, reader.LineNumber));
        }
        catch (CsvFormatException e)
        {
            string hint = e.InnerException is FormatException ? " (numbers are written with '.' as the decimal point and no thousands separators)" : "";
            throw new CsvFileException(path, e.LineNumber, e.Message + hint);
        }
        return records;
    }

    /// <summary>Every file the tool writes ends with "\n"; one that does not was cut off, possibly inside a number that still parses.</summary>
    private static void RequireFinalNewline(string path)
    {
        using FileStream stream = File.OpenRead(path);
        if (stream.Length == 0) throw new CsvFileException(path, 0, "the file is empty (no header)");
        stream.Seek(-1, SeekOrigin.End);
        if (stream.ReadByte() == '\n') return;
        stream.Seek(0, SeekOrigin.Begin);
        long lines = 1;
        int b;
        while ((b = stream.ReadByte()) >= 0) if (b == '\n') lines++;
        throw new CsvFileException(path, lines, "the file ends without a newline, so its last line may be cut off");
    }

    private static NumberFormatInfo InvariantWithoutGrouping()
    {
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.NumberGroupSeparator = "\uFFFF";
        format.CurrencyGroupSeparator = "\uFFFF";
        return NumberFormatInfo.ReadOnly(format);
    }
}
