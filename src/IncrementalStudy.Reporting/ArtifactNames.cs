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
    public const string Cost = "cost.csv";
    public const string Summary = "summary.csv";

    public static IReadOnlyList<string> CsvFiles { get; } = [Epochs, Steps, PerClass, Confusion, Expansion, Cost, Summary];
}
