using IncrementalStudy.Results;

namespace IncrementalStudy.Reporting.Csv;

/// <summary>Readers of the tables that have a natural key: a repeated key means a damaged or hand-merged file, never a choice.</summary>
public static class KeyedTables
{
    public static IReadOnlyList<SummaryRecord> Summary(string path) =>
        CsvFiles.ReadUnique<SummaryRecord, (string, string, string)>(path, r => (r.Experiment, r.Strategy, r.Metric), "experiment, strategy and metric");

    public static IReadOnlyList<PairedRecord> Paired(string path) =>
        CsvFiles.ReadUnique<PairedRecord, (string, string, string, string)>(path, r => (r.Experiment, r.Metric, r.StrategyA, r.StrategyB),
            "experiment, metric, strategy_a and strategy_b");

    public static IReadOnlyList<CheckRecord> Checks(string path) =>
        CsvFiles.ReadUnique<CheckRecord, (string, string, string, string)>(path, r => (r.Experiment, r.Subject, r.Metric, r.Expectation),
            "experiment, subject, metric and expectation");

    public static IReadOnlyList<CaseStatusRecord> Cases(string path) =>
        CsvFiles.ReadUnique<CaseStatusRecord, (string, string, int)>(path, r => (r.Experiment, r.Strategy, r.Seed), "experiment, strategy and seed");

    public static IReadOnlyList<MetricRecord> Metrics(string path) =>
        CsvFiles.ReadUnique<MetricRecord, (string, string, int, string)>(path, r => (r.Experiment, r.Strategy, r.Seed, r.Metric),
            "experiment, strategy, seed and metric");

    public static IReadOnlyList<StepRecord> Steps(string path) =>
        CsvFiles.ReadUnique<StepRecord, (string, string, int, int)>(path, r => (r.Experiment, r.Strategy, r.Seed, r.Phase), "experiment, strategy, seed and phase");

    public static IReadOnlyList<AccuracyMatrixRecord> AccuracyMatrix(string path) =>
        CsvFiles.ReadUnique<AccuracyMatrixRecord, (string, string, int, int, int)>(path, r => (r.Experiment, r.Strategy, r.Seed, r.AfterStep, r.OnStep),
            "experiment, strategy, seed, after_step and on_step");
}
