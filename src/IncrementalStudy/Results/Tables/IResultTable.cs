namespace IncrementalStudy.Results.Tables;

/// <summary>An output table of a results folder: its file name and record type, without naming the type at the call site.</summary>
public interface IResultTable
{
    /// <summary>The CSV file name in a results folder, e.g. "epochs.csv"; also the table's key in stored cases.</summary>
    string FileName { get; }

    /// <summary>Calls back with the typed table, so writers and readers stay generic without reflection.</summary>
    void Accept(IResultTableVisitor visitor);
}
