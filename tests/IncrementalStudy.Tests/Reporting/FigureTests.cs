using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Figures;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Reporting;

public class FigureTests
{
    public static TheoryData<string> FigureNames() => [.. ReportBuilder.Figures.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(FigureNames))]
    public void Every_figure_renders_a_non_blank_png_and_an_svg(string name)
    {
        using var temp = new TempDirectory();
        IFigure figure = ReportBuilder.Figures.Single(f => f.Name == name);
        ResultsTables tables = SyntheticTables.Build();
        Assert.True(figure.AppliesTo(tables));

        figure.Draw(tables, temp.Path);

        double variance = PngImage.GreyVariance(temp[name + ".png"], out int width, out int height);
        Assert.InRange(width, 500, 4000);
        Assert.InRange(height, 300, 3000);
        Assert.True(variance > 100, $"{name}.png looks blank (grey variance {variance:F1})");
        string svg = File.ReadAllText(temp[name + ".svg"]);
        Assert.StartsWith("<?xml", svg.TrimStart());
        Assert.True(svg.Length > 2000, $"{name}.svg is suspiciously small");
    }

    [Fact]
    public void Figures_carry_text_drawn_with_the_shipped_font()
    {
        using var temp = new TempDirectory();
        new PerClassAccuracyFigure().Draw(SyntheticTables.Build(), temp.Path);
        string svg = File.ReadAllText(temp["per_class_accuracy.svg"]);
        Assert.Contains("DejaVu Sans", svg);
        Assert.Contains("Per-class recall", svg);
    }

    public static TheoryData<string, int, string[], bool, bool> EdgeCases() => new()
    {
        { "one seed, so no confidence interval", 1, ["shared-a", "ova-b"], false, false },
        { "one strategy", 3, ["shared-a"], false, false },
        { "only one-vs-all, so no probe", 2, ["ova-b", "ova-c"], false, false },
        { "NaN cells in the accuracy matrix", 2, ["shared-a", "ova-b"], true, false },
        { "a class without test points", 2, ["shared-a", "ova-b"], false, true },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Edge_cases_render_every_applicable_figure_without_throwing(string because, int seeds, string[] strategies, bool nanCells, bool emptyClass)
    {
        using var temp = new TempDirectory();
        ResultsTables tables = SyntheticTables.Build(seeds, strategies, nanCells, emptyClass);
        ReportBuilder.Build(tables, temp.Path);
        foreach (IFigure figure in ReportBuilder.Figures.Where(f => f.AppliesTo(tables)))
            Assert.True(File.Exists(Path.Combine(temp.Path, ArtifactNames.PlotsFolder, figure.Name + ".png")), $"{figure.Name} missing ({because})");
        Assert.Equal(strategies.Any(s => s.StartsWith("shared")), new ExpansionProbeFigure().AppliesTo(tables));
    }
}
