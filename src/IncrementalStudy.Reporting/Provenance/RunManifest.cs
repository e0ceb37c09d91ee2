namespace IncrementalStudy.Reporting.Provenance;

/// <summary>What manifest.json records about a run.</summary>
/// <param name="IncstudyVersion">The tool's version as CHANGELOG.md names it (no source revision); absent in manifests written before 0.2.0.</param>
/// <param name="HeadlineMetric">The metric the experiment declares its answer on; absent when it declares none (report.md then derives one).</param>
public sealed record RunManifest(
    string Experiment,
    string Description,
    string Budget,
    string Definition,
    string? DefinitionHash,
    string? Shard,
    int Seeds,
    IReadOnlyList<string> Strategies,
    int Cases,
    int Threads,
    string Status,
    string CommandLine,
    string? GitCommit,
    DateTimeOffset StartedUtc,
    DateTimeOffset FinishedUtc,
    MachineInfo Machine,
    IReadOnlyDictionary<string, string> Versions,
    IReadOnlyDictionary<string, string>? CaseStatus = null,
    IReadOnlyList<DatasetRecord>? Datasets = null,
    string? IncstudyVersion = null,
    string? HeadlineMetric = null,
    IReadOnlyList<Experiments.Contrast>? Contrasts = null,
    IReadOnlyList<string>? References = null)
{
    public const string Running = "running";
    public const string Interrupted = "interrupted";
    public const string Complete = "complete";
}
