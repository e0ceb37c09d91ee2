using IncrementalStudy.Reporting.Provenance;

namespace IncrementalStudy.Reporting.Answer;

/// <summary>
/// The answer across a results directory: RESULTS/README.md and its figures in RESULTS/plots/, generated from every finished
/// folder in it (<see cref="AnswerPage"/>).
/// </summary>
public static class ResultsAnswer
{
    public const string PageFile = "README.md";

    /// <summary>Where sweeps of the committed experiments live (each NAME+sweep-FIELD folder with its points beside it).</summary>
    public const string SweepsFolder = "sweeps";

    /// <summary>The finished, unsharded results folders directly under <paramref name="resultsDirectory"/>, in name order.</summary>
    public static IReadOnlyList<string> Folders(string resultsDirectory) =>
        [.. Directory.GetDirectories(resultsDirectory)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && File.Exists(Path.Combine(d, ArtifactNames.Manifest)))
            .Where(d => ResultsTables.Load(d, ArtifactNames.Manifest, ResultsWriter.ReadManifest) is { Status: RunManifest.Complete, Shard: null })
            .Order(StringComparer.Ordinal)];

    /// <summary>The sweep folders (NAME+sweep-FIELD with a contrasts.csv) under DIR/sweeps, in name order.</summary>
    public static IReadOnlyList<string> Sweeps(string resultsDirectory)
    {
        string root = Path.Combine(resultsDirectory, SweepsFolder);
        return Directory.Exists(root)
            ? [.. Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, SensitivityReport.ContrastsFile))).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>The page's text, drawing its figures into <paramref name="plotsDirectory"/>.</summary>
    public static string Render(IReadOnlyList<string> folders, IReadOnlyList<string> sweeps, string plotsDirectory) =>
        AnswerPage.Render([.. folders.Select(StudyEvidence.Read)], [.. sweeps.Select(SweepEvidence.Read)], plotsDirectory);
}
