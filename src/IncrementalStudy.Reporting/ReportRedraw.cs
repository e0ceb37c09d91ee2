namespace IncrementalStudy.Reporting;

/// <summary>Redraws a results folder's figures and report.md into another folder, leaving the source untouched (it may be read-only).</summary>
internal static class ReportRedraw
{
    /// <summary>Writes TARGET/report.md and TARGET/plots/ from the CSV files of SOURCE; other files in TARGET are left alone.</summary>
    public static void Into(string source, string target)
    {
        ResultsTables tables = ResultsTables.Read(source);
        target = Path.GetFullPath(target);
        Directory.CreateDirectory(target);
        // Staged inside the target, so a failed drawing never leaves half a plots folder and the source's parent is not written.
        string staging = Path.Combine(target, $".report.partial-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        try
        {
            ReportBuilder.Build(tables, staging);
            ResultsWriter.Replace(Path.Combine(target, ArtifactNames.PlotsFolder), Path.Combine(staging, ArtifactNames.PlotsFolder));
            File.Move(Path.Combine(staging, ArtifactNames.Report), Path.Combine(target, ArtifactNames.Report), overwrite: true);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }
}
