using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Reporting;

/// <summary>Everything a results folder holds, as typed records: what figures and reports are drawn from.</summary>
public sealed record ResultsTables(
    RunManifest Manifest,
    IReadOnlyList<EpochRecord> Epochs,
    IReadOnlyList<StepRecord> Steps,
    IReadOnlyList<PerClassRecord> PerClass,
    IReadOnlyList<ConfusionRecord> Confusion,
    IReadOnlyList<ExpansionRecord> Expansion,
    IReadOnlyList<AccuracyMatrixRecord> AccuracyMatrix,
    IReadOnlyList<HeadRecord> Head,
    IReadOnlyList<DecisionGridRecord> DecisionRegions,
    IReadOnlyList<PointRecord> TestPoints,
    IReadOnlyList<CostRecord> Cost,
    IReadOnlyList<CaseStatusRecord> Cases,
    IReadOnlyList<MetricRecord> Metrics,
    IReadOnlyList<SummaryRecord> Summary,
    IReadOnlyList<PairedRecord> Paired,
    IReadOnlyList<CheckRecord> Checks)
{
    /// <summary>Strategies in the order the definition lists them (which fixes their colours).</summary>
    public IReadOnlyList<string> Strategies => Manifest.Strategies;

    public static ResultsTables From(ExperimentResult result, RunManifest manifest, IReadOnlyList<CheckRecord> checks) => new(
        manifest,
        [.. result.Cases.SelectMany(c => c.Tables.Get(StandardTables.Epochs))],
        [.. result.Cases.SelectMany(c => c.Tables.Get(StandardTables.Steps))],
        [.. result.Cases.SelectMany(c => c.Tables.Get(StandardTables.PerClass))],
        [.. result.Cases.SelectMany(c => c.Tables.Get(StandardTables.Confusion))],
        [.. result.Cases.SelectMany(c => c.Tables.Get(StandardTables.Expansion))],
        [.. result.Cases.SelectMany(c => c.Tables.Get(StandardTables.AccuracyMatrix))],
        [.. result.Cases.SelectMany(c => c.Tables.Get(StandardTables.Head))],
        [.. result.Cases.SelectMany(c => c.Tables.Get(StandardTables.DecisionRegions))],
        result.TestPoints,
        [.. result.Cases.SelectMany(c => c.Tables.Get(StandardTables.Cost))],
        [.. result.Cases.Select(c => new CaseStatusRecord(result.Definition.Name, c.Strategy, c.Seed, c.Failed ? "failed" : "complete", c.Failure ?? ""))],
        [.. result.Cases.SelectMany(c => c.Metrics)],
        result.Summary,
        result.Paired,
        checks);

    /// <summary>Reads a results folder; throws <see cref="ResultsFolderException"/> naming the missing or unreadable file.</summary>
    public static ResultsTables Read(string directory)
    {
        if (!Directory.Exists(directory)) throw new ResultsFolderException($"'{directory}' is not a folder.");
        var tables = new ResultsTables(
            Load(directory, ArtifactNames.Manifest, ResultsWriter.ReadManifest),
            Load(directory, ArtifactNames.Epochs, CsvFiles.Read<EpochRecord>),
            Load(directory, ArtifactNames.Steps, KeyedTables.Steps),
            Load(directory, ArtifactNames.PerClass, CsvFiles.Read<PerClassRecord>),
            Load(directory, ArtifactNames.Confusion, CsvFiles.Read<ConfusionRecord>),
            Load(directory, ArtifactNames.Expansion, CsvFiles.Read<ExpansionRecord>),
            Load(directory, ArtifactNames.AccuracyMatrix, KeyedTables.AccuracyMatrix),
            Load(directory, ArtifactNames.Head, CsvFiles.Read<HeadRecord>),
            Load(directory, ArtifactNames.DecisionRegions, CsvFiles.Read<DecisionGridRecord>),
            Load(directory, ArtifactNames.TestPoints, CsvFiles.Read<PointRecord>),
            Load(directory, ArtifactNames.Cost, CsvFiles.Read<CostRecord>),
            Load(directory, ArtifactNames.Cases, KeyedTables.Cases),
            Load(directory, ArtifactNames.Metrics, KeyedTables.Metrics),
            Load(directory, ArtifactNames.Summary, KeyedTables.Summary),
            Load(directory, ArtifactNames.Paired, KeyedTables.Paired),
            Load(directory, ArtifactNames.Checks, KeyedTables.Checks));
        StepBounds.Validate(directory, tables);
        return tables;
    }

    /// <summary>Reads one file of a results folder, with the same clear errors as <see cref="Read"/>.</summary>
    public static T Load<T>(string directory, string file, Func<string, T> read)
    {
        string path = Path.Combine(directory, file);
        if (!File.Exists(path)) throw new ResultsFolderException($"{path} is missing; re-run the experiment to regenerate the folder.");
        try
        {
            return read(path);
        }
        catch (CsvFileException e)
        {
            throw new ResultsFolderException(e.Message); // already names the file and line
        }
        catch (Exception e) when (e is CsvHelper.CsvFormatException or KeyNotFoundException or System.Text.Json.JsonException or InvalidDataException or FormatException)
        {
            throw new ResultsFolderException($"{path} cannot be read: {e.Message}");
        }
    }
}
