using IncrementalStudy.Experiments;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Reporting;

/// <summary>
/// Everything a results folder holds, as typed tables: what the writer writes and what figures and reports are drawn
/// from. Built from a finished run (<see cref="From"/>) or read from a folder (<see cref="Read"/>).
/// </summary>
public sealed class ResultsTables
{
    private readonly Dictionary<string, object> _rows = new(StringComparer.Ordinal); // file name → List<TRecord>
    private readonly List<IResultTable> _tables = [];
    private readonly string? _folder;

    public ResultsTables(RunManifest manifest) : this(manifest, null) { }

    private ResultsTables(RunManifest manifest, string? folder)
    {
        Manifest = manifest;
        _folder = folder;
    }

    public RunManifest Manifest { get; }

    /// <summary>The tables of this folder in the order they are written.</summary>
    public IReadOnlyList<IResultTable> Tables => _tables;

    /// <summary>Strategies in the order the definition lists them (which fixes their colours).</summary>
    public IReadOnlyList<string> Strategies => Manifest.Strategies;

    public IReadOnlyList<EpochRecord> Epochs => Get(StandardTables.Epochs);
    public IReadOnlyList<StepRecord> Steps => Get(StandardTables.Steps);
    public IReadOnlyList<PerClassRecord> PerClass => Get(StandardTables.PerClass);
    public IReadOnlyList<ConfusionRecord> Confusion => Get(StandardTables.Confusion);
    public IReadOnlyList<ExpansionRecord> Expansion => Get(StandardTables.Expansion);
    public IReadOnlyList<AccuracyMatrixRecord> AccuracyMatrix => Get(StandardTables.AccuracyMatrix);
    public IReadOnlyList<HeadRecord> Head => Get(StandardTables.Head);
    public IReadOnlyList<DecisionGridRecord> DecisionRegions => Get(StandardTables.DecisionRegions);
    public IReadOnlyList<PointRecord> TestPoints => Get(StandardTables.TestPoints);
    public IReadOnlyList<CostRecord> Cost => Get(StandardTables.Cost);
    public IReadOnlyList<CaseStatusRecord> Cases => Get(StandardTables.Cases);
    public IReadOnlyList<MetricRecord> Metrics => Get(StandardTables.Metrics);
    public IReadOnlyList<SummaryRecord> Summary => Get(StandardTables.Summary);
    public IReadOnlyList<PairedRecord> Paired => Get(StandardTables.Paired);
    public IReadOnlyList<CheckRecord> Checks => Get(StandardTables.Checks);

    /// <summary>The rows of a table: those given, or read from the folder on first use; empty for a table this folder lacks.</summary>
    public IReadOnlyList<TRecord> Get<TRecord>(ResultTable<TRecord> table)
    {
        if (_rows.TryGetValue(table.FileName, out object? rows)) return (IReadOnlyList<TRecord>)rows;
        if (_folder is null || !File.Exists(Path.Combine(_folder, table.FileName))) return [];
        IReadOnlyList<TRecord> read = TableReader.Read(_folder, table);
        _rows[table.FileName] = read;
        return read;
    }

    /// <summary>A copy with a table's rows set (replacing any), listed for writing.</summary>
    public ResultsTables With<TRecord>(ResultTable<TRecord> table, IReadOnlyList<TRecord> rows)
    {
        ResultsTables copy = WithManifest(Manifest);
        copy.Set(table, rows);
        return copy;
    }

    /// <summary>A copy with another manifest and the same tables.</summary>
    public ResultsTables WithManifest(RunManifest manifest)
    {
        var copy = new ResultsTables(manifest, _folder);
        copy._tables.AddRange(_tables);
        foreach ((string name, object rows) in _rows) copy._rows[name] = rows;
        return copy;
    }

    private void Set<TRecord>(ResultTable<TRecord> table, IReadOnlyList<TRecord> rows)
    {
        if (!_rows.ContainsKey(table.FileName)) _tables.Add(table);
        _rows[table.FileName] = rows;
    }

    /// <summary>A finished run: every per-case table of its definition (standard and strategy-added), then the experiment-level ones.</summary>
    internal static ResultsTables From(ExperimentResult result, RunManifest manifest, IReadOnlyList<CheckRecord> checks)
    {
        var tables = new ResultsTables(manifest);
        var collect = new CaseRowCollector(tables, result.Cases);
        foreach (IResultTable table in result.Definition.CaseTables()) table.Accept(collect);
        tables.Set(StandardTables.TestPoints, result.TestPoints);
        tables.Set(StandardTables.Cases, [.. result.Cases.Select(c => new CaseStatusRecord(result.Definition.Name, c.Strategy, c.Seed,
                c.Failed ? "failed" : "complete", c.Failure ?? ""))]);
        tables.Set(StandardTables.Metrics, [.. result.Cases.SelectMany(c => c.Metrics)]);
        tables.Set(StandardTables.Summary, result.Summary);
        tables.Set(StandardTables.Paired, result.Paired);
        tables.Set(StandardTables.Checks, checks);
        return tables;
    }

    /// <summary>
    /// Reads a results folder: every standard table at once, so a missing or unreadable file is named before anything is
    /// drawn (throws <see cref="ResultsFolderException"/>); other tables are read when asked for.
    /// </summary>
    public static ResultsTables Read(string directory)
    {
        if (!Directory.Exists(directory)) throw new ResultsFolderException($"'{directory}' is not a folder.");
        var tables = new ResultsTables(Load(directory, ArtifactNames.Manifest, ResultsWriter.ReadManifest), directory);
        var read = new FolderTableReader(tables);
        foreach (IResultTable table in StandardTables.All.Except(StandardTables.Optional)) table.Accept(read); // optional ones: read by Get
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

    private sealed class CaseRowCollector(ResultsTables tables, IReadOnlyList<CaseResult> cases) : IResultTableVisitor
    {
        public void Visit<TRecord>(ResultTable<TRecord> table) => tables.Set(table, [.. cases.SelectMany(c => c.Tables.Get(table))]);
    }

    private sealed class FolderTableReader(ResultsTables tables) : IResultTableVisitor
    {
        public void Visit<TRecord>(ResultTable<TRecord> table) => tables.Set(table, TableReader.Read(tables._folder!, table));
    }
}
