namespace IncrementalStudy.Reporting.Provenance;

/// <summary>What manifest.json records about a run.</summary>
public sealed record RunManifest(
    string Experiment,
    string Description,
    string Budget,
    string Definition,
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
    IReadOnlyDictionary<string, string> Versions);
