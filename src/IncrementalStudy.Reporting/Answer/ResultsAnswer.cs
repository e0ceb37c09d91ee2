using IncrementalStudy.Reporting.Provenance;

namespace IncrementalStudy.Reporting.Answer;

/// <summary>
/// The answer across a results directory: RESULTS/README.md and its figures in RESULTS/plots/, generated from every finished
/// folder in it (<see cref="AnswerPage"/>).
/// </summary>
public static class ResultsAnswer
{
    public const string PageFile = "README.md";

    /// <summary>The finished, unsharded results folders directly under <paramref name="resultsDirectory"/>, in name order.</summary>
    public static IReadOnlyList<string> Folders(string resultsDirectory) =>
        [.. Directory.GetDirectories(resultsDirectory)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && File.Exists(Path.Combine(d, ArtifactNames.Manifest)))
            .Where(d => ResultsTables.Load(d, ArtifactNames.Manifest, ResultsWriter.ReadManifest) is { Status: RunManifest.Complete, Shard: null })
            .Order(StringComparer.Ordinal)];

    /// <summary>The page's text, drawing its figures into <paramref name="plotsDirectory"/>.</summary>
    public static string Render(IReadOnlyList<string> folders, string plotsDirectory) =>
        AnswerPage.Render([.. folders.Select(StudyEvidence.Read)], plotsDirectory);
}
