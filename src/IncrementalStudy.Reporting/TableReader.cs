using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Reporting;

/// <summary>Reads one table of a results folder strictly (keyed tables reject a repeated row), with errors that name the file.</summary>
internal static class TableReader
{
    public static IReadOnlyList<TRecord> Read<TRecord>(string directory, ResultTable<TRecord> table) =>
        ResultsTables.Load(directory, table.FileName, path => table.Key is { } key
            ? CsvFiles.ReadUnique(path, key, table.KeyColumns)
            : CsvFiles.Read<TRecord>(path));
}
