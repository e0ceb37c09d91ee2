using System.Text.Json;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;

namespace IncrementalStudy.Reporting;

/// <summary>
/// Writes a run's folder. Everything goes to a hidden sibling folder first and replaces the target only when complete,
/// so an interrupted run never leaves a folder that looks finished.
/// </summary>
public static class ResultsWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep "+" and "→" readable; the file is never embedded in HTML
    };

    public static void Write(ExperimentResult result, RunManifest manifest, string directory)
    {
        string target = Path.GetFullPath(directory);
        string parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        try
        {
            WriteFiles(result, manifest, staging);
            Replace(target, staging);
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    public static void WriteFiles(ExperimentResult result, RunManifest manifest, string directory)
    {
        IReadOnlyList<CaseResult> cases = result.Cases;
        CsvFiles.Write(Path.Combine(directory, ArtifactNames.Epochs), cases.SelectMany(c => c.Epochs));
        CsvFiles.Write(Path.Combine(directory, ArtifactNames.Steps), cases.SelectMany(c => c.Steps));
        CsvFiles.Write(Path.Combine(directory, ArtifactNames.PerClass), cases.SelectMany(c => c.PerClass));
        CsvFiles.Write(Path.Combine(directory, ArtifactNames.Confusion), cases.SelectMany(c => c.Confusion));
        CsvFiles.Write(Path.Combine(directory, ArtifactNames.Expansion), cases.SelectMany(c => c.Expansions));
        CsvFiles.Write(Path.Combine(directory, ArtifactNames.Cost), cases.Select(c => c.Cost));
        CsvFiles.Write(Path.Combine(directory, ArtifactNames.Summary), result.Summary);
        File.WriteAllText(Path.Combine(directory, ArtifactNames.Manifest), JsonSerializer.Serialize(manifest, JsonOptions) + "\n");
    }

    /// <summary>Moves the finished staging folder into place; an existing target is moved aside first and removed after.</summary>
    private static void Replace(string target, string staging)
    {
        string? previous = null;
        if (Directory.Exists(target))
        {
            previous = staging + ".previous";
            Directory.Move(target, previous);
        }
        Directory.Move(staging, target);
        if (previous is not null) Directory.Delete(previous, recursive: true);
    }

    public static RunManifest ReadManifest(string directory) =>
        JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(Path.Combine(directory, ArtifactNames.Manifest)), JsonOptions)
        ?? throw new InvalidDataException($"{Path.Combine(directory, ArtifactNames.Manifest)} is empty.");
}
