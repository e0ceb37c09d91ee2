using System.Text.Json;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Reporting;

/// <summary>
/// Writes a run's folder: CSV, manifest, figures and report. Everything goes to a hidden sibling folder first and
/// replaces the target only when complete, so an interrupted run never leaves a folder that looks finished.
/// </summary>
internal static class ResultsWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        // Explicit, so the library also works in apps that switch reflection-based JSON off (e.g. .NET file-based apps).
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep "+" and "→" readable; never embedded in HTML
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void Write(ResultsTables tables, string directory)
    {
        string target = Path.GetFullPath(directory);
        if (ToolFolders.WhyNotReplaceable(target, tables.Manifest.Experiment) is { } why)
            throw new ResultsFolderException($"{target} {why}; move it away or choose another output folder.");
        string staging = StagingFolder(target);
        try
        {
            WriteCsvAndManifest(tables, staging);
            ReportBuilder.Build(tables, staging);
            Replace(target, staging);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Redraws figures and report of an existing folder from its CSV files only.</summary>
    public static void Redraw(string directory)
    {
        ResultsTables tables = ResultsTables.Read(directory);
        string target = Path.GetFullPath(directory);
        string staging = StagingFolder(target);
        try
        {
            ReportBuilder.Build(tables, staging);
            string plots = Path.Combine(target, ArtifactNames.PlotsFolder);
            Replace(plots, Path.Combine(staging, ArtifactNames.PlotsFolder));
            File.Move(Path.Combine(staging, ArtifactNames.Report), Path.Combine(target, ArtifactNames.Report), overwrite: true);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    public static void WriteCsvAndManifest(ResultsTables tables, string directory)
    {
        var write = new TableWriter(tables, directory);
        foreach (IResultTable table in tables.Tables) table.Accept(write);
        WriteManifest(tables.Manifest, directory);
    }

    private sealed class TableWriter(ResultsTables tables, string directory) : IResultTableVisitor
    {
        public void Visit<TRecord>(ResultTable<TRecord> table) => CsvFiles.Write(Path.Combine(directory, table.FileName), tables.Get(table));
    }

    /// <summary>Writes manifest.json through a temporary file, so a reader never sees half of it.</summary>
    public static void WriteManifest(RunManifest manifest, string directory)
    {
        string path = Path.Combine(directory, ArtifactNames.Manifest), temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(manifest, JsonOptions) + "\n");
        File.Move(temporary, path, overwrite: true);
    }

    public static RunManifest ReadManifest(string path) => ManifestValidation.Validated(
        JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(path), JsonOptions) ?? throw new InvalidDataException("the manifest is empty"));

    private static string StagingFolder(string target)
    {
        string parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Environment.ProcessId}");
        if (Directory.Exists(staging))
        {
            // Left by an earlier process with this PID; delete it only when it holds nothing but our own files.
            if (!ToolFolders.HoldsOnlyToolFiles(staging))
                throw new ResultsFolderException($"{staging} exists and holds files incstudy did not write; move it away and try again.");
            Directory.Delete(staging, recursive: true);
        }
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>
    /// Moves a finished folder into place; an existing target is moved aside first (as .NAME.previous-PID, which
    /// <see cref="ToolFolders.RemoveStaleStaging"/> recognises after a kill) and removed after.
    /// </summary>
    public static void Replace(string target, string finished)
    {
        string? previous = null;
        if (Directory.Exists(target))
        {
            string full = Path.GetFullPath(target);
            previous = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.previous-{Environment.ProcessId}");
            Directory.Move(target, previous);
        }
        Directory.Move(finished, target);
        if (previous is not null) Directory.Delete(previous, recursive: true);
    }
}
