namespace IncrementalStudy.Reporting.Provenance;

/// <summary>What manifest.json records about a run.</summary>
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
    IReadOnlyList<DatasetRecord>? Datasets = null)
{
    public const string Running = "running";
    public const string Interrupted = "interrupted";
    public const string Complete = "complete";
}
