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

/// <summary>A sweep's declared contrasts at every point (its contrasts.csv), and the folder name it is linked by.</summary>
internal sealed record SweepEvidence(string Folder, IReadOnlyList<SweepContrastRecord> Rows)
{
    public static SweepEvidence Read(string folder) =>
        new(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), Csv.CsvFiles.Read<SweepContrastRecord>(Path.Combine(folder, SensitivityReport.ContrastsFile)));

    public string Axis => Rows.Count == 0 ? "" : Rows[0].Axis;

    /// <summary>Declared contrasts resolved better one way at one value and the other way at another.</summary>
    public IEnumerable<(string Contrast, string Ahead, string Behind)> Reversals() =>
        Rows.GroupBy(r => $"{r.Treatment} − {r.Baseline}")
            .Where(g => g.Any(r => r.Better > 0) && g.Any(r => r.Better < 0))
            .Select(g => (g.Key, g.First(r => r.Better > 0).Value, g.First(r => r.Better < 0).Value));
}
