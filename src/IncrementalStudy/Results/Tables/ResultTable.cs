namespace IncrementalStudy.Results.Tables;

/// <summary>
/// A typed output table: one CSV file of <typeparamref name="TRecord"/> rows (a <c>[CsvRecord]</c> record). Declare one as a
/// static field next to the observer that fills it; a new output table is that record plus the observer.
/// </summary>
public sealed class ResultTable<TRecord>(string fileName) : IResultTable
{
    public string FileName { get; } = fileName;

    public void Accept(IResultTableVisitor visitor) => visitor.Visit(this);

    public override string ToString() => FileName;
}
