using IncrementalStudy.Results;

namespace IncrementalStudy.Reporting.Answer;

/// <summary>One committed results folder as the answer page reads it: its name (the link), tables and answered contrasts.</summary>
internal sealed record StudyEvidence(string Folder, ResultsTables Tables, IReadOnlyList<ContrastResult> Contrasts)
{
    public string Experiment => Tables.Manifest.Experiment;

    public static StudyEvidence Read(string folder)
    {
        ResultsTables tables = ResultsTables.Read(folder);
        return new StudyEvidence(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), tables, ContrastResults.Of(tables));
    }

    /// <summary>The mean of a strategy's metric over seeds, NaN when the folder lacks it.</summary>
    public double Mean(string strategy, string metric) =>
        Tables.Summary.FirstOrDefault(s => s.Strategy == strategy && s.Metric == metric)?.Mean ?? double.NaN;

    public SummaryRecord? Row(string strategy, string metric) => Tables.Summary.FirstOrDefault(s => s.Strategy == strategy && s.Metric == metric);
}
