namespace IncrementalStudy.Reporting.Provenance;

/// <summary>
/// What a manifest must hold to be used. JSON deserialization leaves absent fields null or 0 even where the record
/// declares them required, so "{}" would otherwise surface later as a crash in the report or a vacuous check.
/// </summary>
internal static class ManifestValidation
{
    /// <summary>Returns the manifest, or throws <see cref="InvalidDataException"/> naming the first unusable field.</summary>
    public static RunManifest Validated(RunManifest manifest)
    {
        Require(!string.IsNullOrWhiteSpace(manifest.Experiment), "experiment", "is missing or empty");
        Require(manifest.Description is not null, "description", "is missing");
        Require(!string.IsNullOrWhiteSpace(manifest.Budget), "budget", "is missing or empty");
        Require(manifest.Definition is not null, "definition", "is missing");
        Require(manifest.Strategies is not null, "strategies", "is missing or null");
        Require(manifest.Strategies!.Count > 0, "strategies", "is empty");
        Require(manifest.Strategies.All(s => !string.IsNullOrWhiteSpace(s)), "strategies", "holds an empty name");
        Require(manifest.Strategies.Distinct().Count() == manifest.Strategies.Count, "strategies", "names a strategy twice");
        Require(manifest.Seeds > 0, "seeds", "is missing or not positive");
        // Every definition runs each strategy on each seed, so the count is fixed by the two fields above.
        Require(manifest.Cases == manifest.Seeds * manifest.Strategies.Count, "cases",
            $"is {manifest.Cases}, not seeds × strategies = {manifest.Seeds * manifest.Strategies.Count}");
        Require(!string.IsNullOrWhiteSpace(manifest.Status), "status", "is missing or empty");
        Require(manifest.CommandLine is not null, "command_line", "is missing");
        Require(manifest.Machine is not null, "machine", "is missing");
        Require(manifest.Machine!.Os is not null && manifest.Machine.Architecture is not null && manifest.Machine.Runtime is not null,
            "machine", "lacks os, architecture or runtime");
        Require(manifest.Versions is not null, "versions", "is missing");
        return manifest;
    }

    private static void Require(bool holds, string field, string problem)
    {
        if (!holds) throw new InvalidDataException($"field \"{field}\" {problem}");
    }
}
