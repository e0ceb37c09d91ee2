namespace IncrementalStudy.Results.Tables;

/// <summary>Does something with a typed table (write it, read it, merge it).</summary>
public interface IResultTableVisitor
{
    void Visit<TRecord>(ResultTable<TRecord> table);
}
