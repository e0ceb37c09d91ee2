using IncrementalStudy.Reporting;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Reporting;

/// <summary>The committed results folders are consistent with the code: redrawing them from their CSV gives the same files.</summary>
[Trait("Category", "Slow")] // end-to-end runs or every committed folder: skip with --filter "Category!=Slow"
public class CommittedResultsTests
{
    public static TheoryData<string> Experiments() =>
        [.. Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "results"))
            .Where(d => File.Exists(Path.Combine(d, "manifest.json"))).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Experiments))]
    public void Redrawing_committed_csv_reproduces_the_committed_report_and_figures(string experiment)
    {
        string committed = Path.Combine(RepositoryRoot.Path, "results", experiment);
        using var temp = new TempDirectory();
        string copy = temp[experiment];
        Directory.CreateDirectory(copy);
        foreach (string file in Directory.GetFiles(committed)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));

        ResultsWriter.Redraw(copy);

        Assert.Equal(File.ReadAllText(Path.Combine(committed, ArtifactNames.Report)), File.ReadAllText(Path.Combine(copy, ArtifactNames.Report)));
        string[] committedPlots = [.. Directory.GetFiles(Path.Combine(committed, ArtifactNames.PlotsFolder)).Select(Path.GetFileName).OfType<string>().Order()];
        Assert.Equal(committedPlots, Directory.GetFiles(Path.Combine(copy, ArtifactNames.PlotsFolder)).Select(Path.GetFileName).OfType<string>().Order());
        foreach (string plot in committedPlots)
            Assert.True(File.ReadAllBytes(Path.Combine(committed, ArtifactNames.PlotsFolder, plot))
                .AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(copy, ArtifactNames.PlotsFolder, plot))), $"{plot} differs from a redraw");
    }

    [Fact]
    public void The_answer_page_and_every_folders_reading_are_up_to_date()
    {
        // answer --check regenerates results/README.md (and each folder's contrasts and checks) in memory and compares.
        CliOutcome outcome = CliRunner.Run("answer", Path.Combine(RepositoryRoot.Path, "results"), "--check");
        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
    }
}
