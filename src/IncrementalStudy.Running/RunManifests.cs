using IncrementalStudy.Experiments;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;

namespace IncrementalStudy.Running;

/// <summary>The manifest of a run of a definition at some point of its life (running, interrupted, complete).</summary>
internal static class RunManifests
{
    public static RunManifest Create(ExperimentDefinition definition, string? shard, int threads, string status, string commandLine, string? gitCommit,
        DateTimeOffset started, IReadOnlyDictionary<int, CaseResult> done) => new(
        definition.Name, definition.Description, definition.Budget.ToString().ToLowerInvariant(), definition.Summary(), definition.Hash(), shard,
        definition.Seeds, [.. definition.Strategies.Select(s => s.Name)], definition.Cases().Count, threads, status, commandLine, gitCommit, started,
        DateTimeOffset.UtcNow, MachineInfo.Current(), ProvenanceInfo.Versions(), CaseStatus(done),
        [.. definition.Scenario.Datasets().Select(DatasetRecord.From)], ProvenanceInfo.ToolVersion(), definition.Headline?.Id,
        definition.Contrasts, definition.References);

    /// <summary>"strategy/seed-k" → "complete" or "failed: reason", as manifest.json records it.</summary>
    public static IReadOnlyDictionary<string, string> CaseStatus(IReadOnlyDictionary<int, CaseResult> done) =>
        done.ToDictionary(d => $"{d.Value.Strategy}/seed-{d.Value.Seed}", d => d.Value.Failure is { } f ? "failed: " + f : RunManifest.Complete);
}
