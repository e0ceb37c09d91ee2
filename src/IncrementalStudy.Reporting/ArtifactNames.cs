namespace IncrementalStudy.Reporting;

/// <summary>The one place output file names are spelled.</summary>
public static class ArtifactNames
{
    public const string Manifest = "manifest.json";
    public const string Epochs = "epochs.csv";
    public const string Steps = "steps.csv";
    public const string PerClass = "per_class.csv";
    public const string Confusion = "confusion.csv";
    public const string Expansion = "expansion.csv";
    public const string AccuracyMatrix = "accuracy_matrix.csv";
    public const string Head = "head.csv";
    public const string DecisionRegions = "decision_regions.csv";
    public const string TestPoints = "test_points.csv";
    public const string Cost = "cost.csv";
    public const string Metrics = "metrics.csv";
    public const string Summary = "summary.csv";
    public const string Paired = "paired.csv";
    public const string Checks = "checks.csv";
    public const string Cases = "cases.csv";
    public const string CaseFolder = "cases";
    public const string Report = "report.md";
    public const string PlotsFolder = "plots";

    public static IReadOnlyList<string> CsvFiles { get; } =
        [Epochs, Steps, PerClass, Confusion, Expansion, AccuracyMatrix, Head, DecisionRegions, TestPoints, Cost, Cases, Metrics, Summary, Paired, Checks];
}
