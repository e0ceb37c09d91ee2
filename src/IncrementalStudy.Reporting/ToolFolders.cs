using System.Diagnostics;
using System.Text.RegularExpressions;
using IncrementalStudy.Reporting.Provenance;

namespace IncrementalStudy.Reporting;

/// <summary>
/// Which folders incstudy may replace or delete: only those it wrote itself, so a wrong --out never costs the user a file.
/// </summary>
internal static class ToolFolders
{
    private static readonly HashSet<string> OwnNames =
    [
        .. ArtifactNames.CsvFiles, ArtifactNames.Manifest, ArtifactNames.Manifest + ".tmp", ArtifactNames.Report,
        ArtifactNames.PlotsFolder, ArtifactNames.CaseFolder,
    ];

    /// <summary>
    /// Null when <paramref name="folder"/> is absent or holds a readable manifest.json of <paramref name="experiment"/>;
    /// otherwise why it must not be replaced (a phrase that follows the folder's name).
    /// </summary>
    public static string? WhyNotReplaceable(string folder, string experiment)
    {
        if (File.Exists(folder)) return "is a file";
        if (!Directory.Exists(folder)) return null;
        string manifest = Path.Combine(folder, ArtifactNames.Manifest);
        if (!File.Exists(manifest)) return $"exists and has no {ArtifactNames.Manifest}, so incstudy did not write it";
        RunManifest? read = ReadOrNull(manifest);
        if (read is null) return $"exists and its {ArtifactNames.Manifest} cannot be read, so incstudy cannot tell that it wrote it";
        return read.Experiment == experiment ? null : $"holds results of '{read.Experiment}', not '{experiment}'";
    }

    /// <summary>The folder's manifest, or null when it is missing or unreadable.</summary>
    public static RunManifest? ReadOrNull(string manifestPath)
    {
        try
        {
            return ResultsWriter.ReadManifest(manifestPath);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>True for a real (not symlinked) folder whose entries all carry names incstudy writes.</summary>
    public static bool HoldsOnlyToolFiles(string folder)
    {
        var info = new DirectoryInfo(folder);
        return info.Exists && info.LinkTarget is null && info.EnumerateFileSystemInfos().All(e => OwnNames.Contains(e.Name));
    }

    /// <summary>
    /// Removes staging folders (.NAME.partial-PID, .NAME.previous-PID) that a killed process left next to
    /// <paramref name="target"/>: only those whose process is gone (or is this one) and that hold only incstudy's files.
    /// </summary>
    public static void RemoveStaleStaging(string target)
    {
        string full = Path.GetFullPath(target), parent = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(parent)) return;
        var pattern = new Regex($@"^\.{Regex.Escape(Path.GetFileName(full))}\.(partial|previous)-(\d+)$");
        foreach (string folder in Directory.GetDirectories(parent, $".{Path.GetFileName(full)}.*"))
        {
            Match match = pattern.Match(Path.GetFileName(folder));
            if (!match.Success || !int.TryParse(match.Groups[2].Value, out int pid)) continue;
            if ((pid == Environment.ProcessId || !IsAlive(pid)) && HoldsOnlyToolFiles(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return true; // cannot tell: keep the folder
        }
    }
}
