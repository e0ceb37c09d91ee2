using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Figures;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Reporting;

public class ReportTests
{
    [Fact]
    public void Report_has_the_tables_and_links_every_figure_that_exists()
    {
        using var temp = new TempDirectory();
        ResultsTables tables = SyntheticTables.Build();
        ReportBuilder.Build(tables, temp.Path);
        string report = File.ReadAllText(temp[ArtifactNames.Report]);

        Assert.Contains("# synthetic", report);
        Assert.Contains("## Results", report);
        Assert.Contains("| metric | shared-a | ova-b |", report);
        Assert.Contains("| test_accuracy_after_phase_1 | ", report);
        Assert.Contains("| test_accuracy_final | ", report);
        Assert.Contains("## Paired differences", report);
        Assert.Contains("| test_accuracy_final | shared-a | ova-b | 3 |", report);
        Assert.Contains("## Expansion probe", report);
        Assert.Contains("## Provenance", report);
        foreach (string png in Directory.GetFiles(temp[ArtifactNames.PlotsFolder], "*.png"))
            Assert.Contains($"![{Path.GetFileNameWithoutExtension(png)}](plots/{Path.GetFileName(png)})", report);
        Assert.Equal(ReportBuilder.Figures.Count(f => f.AppliesTo(tables)), Directory.GetFiles(temp[ArtifactNames.PlotsFolder], "*.png").Length);
    }

    [Fact]
    public void Report_numbers_are_the_summary_numbers()
    {
        using var temp = new TempDirectory();
        ResultsTables tables = SyntheticTables.Build();
        ReportBuilder.Build(tables, temp.Path);
        string report = File.ReadAllText(temp[ArtifactNames.Report]);
        var row = tables.Summary.Single(s => s.Strategy == "ova-b" && s.Metric == "test_accuracy_final");
        Assert.Contains($"{row.Mean:F3} ± {row.Ci95High - row.Mean:F3}", report);
    }

    [Fact]
    public void Report_command_on_a_folder_with_a_missing_file_names_it_and_fails()
    {
        using var temp = new TempDirectory();
        ResultsWriter.WriteCsvAndManifest(SyntheticTables.Build(), temp.Path);
        File.Delete(temp[ArtifactNames.Paired]);
        CliOutcome outcome = CliRunner.Run("report", temp.Path);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("paired.csv is missing", outcome.Error);
        Assert.False(File.Exists(temp[ArtifactNames.Report]));
    }

    [Fact]
    public void Report_command_redraws_from_csv_alone()
    {
        using var temp = new TempDirectory();
        ResultsWriter.WriteCsvAndManifest(SyntheticTables.Build(), temp.Path);
        CliOutcome outcome = CliRunner.Run("report", temp.Path);
        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(temp[ArtifactNames.Report]));
        Assert.True(File.Exists(Path.Combine(temp.Path, ArtifactNames.PlotsFolder, new CostFigure().Name + ".png")));
    }
}
