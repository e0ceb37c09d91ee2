using System.CommandLine;
using IncrementalStudy.Experiments;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;
using IncrementalStudy.Running;

namespace IncrementalStudy.Cli.Commands;

public static class MergeCommand
{
    public static Command Create(ExperimentCatalog catalog, string commandLine)
    {
        var output = new Argument<string>("out") { Description = "The results folder to create (e.g. results/seed-replication)." };
        var shards = new Argument<string[]>("shards") { Description = "Shard folders written by 'incstudy run … --shard i/n'.", Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = "Replace OUT when it is a finished results folder of the same experiment (nothing else is ever replaced)." };
        var command = new Command("merge", "Combine shard folders into one results folder, identical (timing aside) to a single run.") { output, shards, force };
        command.SetAction(parseResult =>
        {
            TextWriter stdout = parseResult.InvocationConfiguration.Output, stderr = parseResult.InvocationConfiguration.Error;
            try
            {
                Merge(catalog, parseResult.GetValue(output)!, parseResult.GetValue(shards)!, parseResult.GetValue(force), commandLine, stdout);
                return ExitCodes.Success;
            }
            catch (ResultsFolderException e)
            {
                stderr.WriteLine(e.Message);
                return ExitCodes.UsageError;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The results are staged next to OUT and moved in only when complete, so nothing half-written is left.
                stderr.WriteLine($"Could not write {parseResult.GetValue(output)} ({e.Message.TrimEnd('.')}); nothing was written. Fix the cause (e.g. free space) and merge again.");
                return ExitCodes.UsageError;
            }
        });
        return command;
    }

    private static void Merge(ExperimentCatalog catalog, string target, string[] shardFolders, bool force, string commandLine, TextWriter stdout)
    {
        CheckPaths(target, shardFolders);
        using RunLock? held = RunLock.AcquireFor(target, "wait for it to finish or choose another OUT.");
        if (UnfinishedShards.Describe(shardFolders) is { } unfinished) throw new ResultsFolderException(unfinished);
        RunManifest[] manifests = [.. shardFolders.Select(f => ResultsTables.Load(f, ArtifactNames.Manifest, ResultsWriter.ReadManifest))];
        for (int i = 0; i < shardFolders.Length; i++)
        {
            if (manifests[i].Status != RunManifest.Complete || manifests[i].Shard is null)
                throw new ResultsFolderException($"{shardFolders[i]} is not a finished shard (status {manifests[i].Status}, shard {manifests[i].Shard ?? "none"}).");
            if (manifests[i].Experiment != manifests[0].Experiment || manifests[i].DefinitionHash != manifests[0].DefinitionHash)
                throw new ResultsFolderException($"{shardFolders[i]} holds '{manifests[i].Experiment}' (definition {manifests[i].DefinitionHash}), " +
                                                 $"unlike {shardFolders[0]} ('{manifests[0].Experiment}', {manifests[0].DefinitionHash}).");
        }
        RunManifest first = manifests[0];
        IExperiment experiment = catalog.Find(first.Experiment) ?? throw new ResultsFolderException($"'{first.Experiment}' is not a known experiment.");
        Budget budget = Enum.TryParse(first.Budget, ignoreCase: true, out Budget parsed) ? parsed : Budget.Full;
        ExperimentDefinition definition = experiment.Define(budget) with { Seeds = first.Seeds };
        if (definition.Hash() != first.DefinitionHash)
            throw new ResultsFolderException($"The shards were made from a different definition of '{first.Experiment}' than this build has " +
                                             $"({first.DefinitionHash} vs {definition.Hash()}); merge with the build that ran them.");

        CheckTarget(target, first.Experiment, force);

        var cases = new SortedDictionary<int, CaseResult>();
        foreach (string folder in shardFolders)
            foreach ((int index, CaseResult result) in new CaseStore(Path.Combine(folder, ArtifactNames.CaseFolder)).LoadAll())
                if (!cases.TryAdd(index, result))
                    throw new ResultsFolderException($"Case {index} ({result.Strategy}, seed {result.Seed}) is in more than one shard " +
                                                     $"(again in {folder}); give each shard once.");
        int expected = definition.Cases().Count;
        int[] missing = [.. Enumerable.Range(0, expected).Where(i => !cases.ContainsKey(i))];
        if (missing.Length > 0)
            throw new ResultsFolderException($"{missing.Length} of {expected} cases are in none of the shards (first missing: case {missing[0]}); " +
                                             "run the missing shards and merge again.");

        var manifest = first with
        {
            Shard = null,
            CommandLine = commandLine,
            StartedUtc = manifests.Min(m => m.StartedUtc),
            FinishedUtc = DateTimeOffset.UtcNow,
            CaseStatus = RunManifests.CaseStatus(cases),
        };
        stdout.WriteLine($"{definition.Name}: merging {cases.Count} cases from {shardFolders.Length} shard(s)");
        RunSession.Finish(definition, [.. cases.Values], manifest, target, stdout);
    }

    /// <summary>Refuses a shard given twice and an OUT that is, lies inside or contains a shard: merge never modifies its inputs.</summary>
    private static void CheckPaths(string target, string[] shardFolders)
    {
        string resolvedTarget = ResolvedPath.TryResolve(target, out string problem)
                                ?? throw new ResultsFolderException($"OUT '{target}' {problem}; give a folder to create.");
        var seen = new Dictionary<string, string>();
        foreach (string shard in shardFolders)
        {
            string resolved = ResolvedPath.TryResolve(shard, out problem) ?? throw new ResultsFolderException($"Shard '{shard}' {problem}.");
            if (!seen.TryAdd(resolved, shard))
                throw new ResultsFolderException($"Shard {shard} is given twice (also as {seen[resolved]}); give each shard once.");
            string? relation = resolvedTarget == resolved ? "is" : ResolvedPath.IsSameOrInside(resolvedTarget, resolved) ? "is inside"
                : ResolvedPath.IsSameOrInside(resolved, resolvedTarget) ? "contains" : null;
            if (relation is not null)
                throw new ResultsFolderException($"OUT {target} {relation} the shard {shard}; merge never modifies its inputs, so choose an OUT outside the shards.");
        }
    }

    /// <summary>An existing OUT is replaced only with --force and only when it is a finished results folder of the experiment.</summary>
    private static void CheckTarget(string target, string experiment, bool force)
    {
        if (!File.Exists(target) && !Directory.Exists(target)) return;
        if (!force) throw new ResultsFolderException($"OUT {target} already exists; choose another OUT, or add --force to replace it (only a finished results folder of '{experiment}' is replaced).");
        string? why = ToolFolders.WhyNotReplaceable(target, experiment);
        RunManifest? existing = why is null ? ToolFolders.ReadOrNull(Path.Combine(target, ArtifactNames.Manifest)) : null;
        if (why is null && (existing is null || existing.Status != RunManifest.Complete || existing.Shard is not null))
            why = "is not a finished results folder";
        if (why is not null) throw new ResultsFolderException($"OUT {target} {why}; --force replaces only a finished results folder of '{experiment}', so choose another OUT.");
    }
}
