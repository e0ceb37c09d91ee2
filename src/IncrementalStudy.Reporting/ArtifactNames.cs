using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Reporting;

/// <summary>
/// The names of a results folder's files that are not tables (CSV file names belong to their <see cref="ResultTable{TRecord}"/>),
/// and the standard table names for callers that need a path.
/// </summary>
internal static class ArtifactNames
{
    public const string Manifest = "manifest.json";
    public const string CaseFolder = "cases";
    public const string Report = "report.md";
    public const string PlotsFolder = "plots";

    public static string Epochs => StandardTables.Epochs.FileName;
    public static string Steps => StandardTables.Steps.FileName;
    public static string PerClass => StandardTables.PerClass.FileName;
    public static string Confusion => StandardTables.Confusion.FileName;
    public static string Expansion => StandardTables.Expansion.FileName;
    public static string AccuracyMatrix => StandardTables.AccuracyMatrix.FileName;
    public static string Head => StandardTables.Head.FileName;
    public static string DecisionRegions => StandardTables.DecisionRegions.FileName;
    public static string TestPoints => StandardTables.TestPoints.FileName;
    public static string Cost => StandardTables.Cost.FileName;
    public static string Metrics => StandardTables.Metrics.FileName;
    public static string Summary => StandardTables.Summary.FileName;
    public static string Paired => StandardTables.Paired.FileName;
    public static string Checks => StandardTables.Checks.FileName;
    public static string Cases => StandardTables.Cases.FileName;

    /// <summary>The CSV files every results folder holds.</summary>
    public static IReadOnlyList<string> CsvFiles { get; } = [.. StandardTables.All.Select(t => t.FileName)];
}
