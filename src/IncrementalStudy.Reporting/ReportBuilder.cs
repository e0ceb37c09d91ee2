using IncrementalStudy.Reporting.Figures;
using IncrementalStudy.Reporting.Markdown;

namespace IncrementalStudy.Reporting;

/// <summary>Draws every figure that applies and writes report.md, from the records of a results folder only.</summary>
internal static class ReportBuilder
{
    public static IReadOnlyList<IFigure> Figures { get; } =
    [
        new LearningCurvesFigure(),
        new DecisionRegionsFigure(),
        new PerClassAccuracyFigure(),
        new ExpansionProbeFigure(),
        new AccuracyMatrixFigure(),
        new AccuracyByStepFigure(),
        new CostFigure(),
        new CostByCategoriesFigure(),
        new MemoryTradeoffFigure(),
    ];

    public static void Build(ResultsTables tables, string directory)
    {
        string plots = Path.Combine(directory, ArtifactNames.PlotsFolder);
        Directory.CreateDirectory(plots);
        IFigure[] drawn = [.. Figures.Where(f => f.AppliesTo(tables))];
        foreach (IFigure figure in drawn) figure.Draw(tables, plots);
        File.WriteAllText(Path.Combine(directory, ArtifactNames.Report), MarkdownReport.Render(tables, drawn));
    }
}
