namespace IncrementalStudy.Results.Tables;

/// <summary>
/// A typed output table: one CSV file of <typeparamref name="TRecord"/> rows (a <c>[CsvRecord]</c> record). Declare one as a
/// static field next to the observer that fills it; a new output table is that record plus the observer.
/// </summary>
/// <param name="fileName">The CSV file name in a results folder.</param>
/// <param name="key">What identifies a row, for tables where a repeated row can only mean a damaged or hand-merged file.</param>
/// <param name="keyColumns">The key in words, for the error message (e.g. "experiment, strategy and metric").</param>
public sealed class ResultTable<TRecord>(string fileName, Func<TRecord, object>? key = null, string? keyColumns = null) : IResultTable
{
    public string FileName { get; } = fileName;

    /// <summary>Null when rows may repeat (e.g. confusion cells of different cases are told apart by several columns anyway).</summary>
    public Func<TRecord, object>? Key { get; } = key;

    public string KeyColumns { get; } = keyColumns ?? "";

    public void Accept(IResultTableVisitor visitor) => visitor.Visit(this);

    public override string ToString() => FileName;
}
