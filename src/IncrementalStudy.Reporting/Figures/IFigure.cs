namespace IncrementalStudy.Reporting.Figures;

/// <summary>One figure of a report, drawn from a results folder's records only.</summary>
public interface IFigure
{
    /// <summary>File name without extension, e.g. "learning_curves".</summary>
    string Name { get; }

    /// <summary>One or two sentences for the report: what the figure shows and how to read it.</summary>
    string Caption { get; }

    /// <summary>False when the records hold nothing this figure can show (e.g. no probe for one-vs-all only).</summary>
    bool AppliesTo(ResultsTables tables);

    /// <summary>Writes Name.png and Name.svg into <paramref name="directory"/>.</summary>
    void Draw(ResultsTables tables, string directory);
}
