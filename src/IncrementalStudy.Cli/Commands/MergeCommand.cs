using System.CommandLine;
using IncrementalStudy.Experiments;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;

namespace IncrementalStudy.Cli.Commands;

public static class MergeCommand
{
    public static Command Create(ExperimentCatalog catalog, string commandLine)
    {
        var output = new Argument<string>("out") { Description = "The results folder to create (e.g. results/seed-replication)." };
        var shards = new Argument<string[]>("shards") { Description = "Shard folders written by 'incstudy run … --shard i/n'.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge", "Combine shard folders into one results folder, identical (timing aside) to a single run.") { output, shards };
        command.SetAction(parseResult =>
        {
            TextWriter stdout = parseResult.InvocationConfiguration.Output, stderr = parseResult.InvocationConfiguration.Error;
            try
            {
                Merge(catalog, parseResult.GetValue(output)!, parseResult.GetValue(shards)!, commandLine, stdout);
                return ExitCodes.Success;
            }
            catch (ResultsFolderException e)
            {
                stderr.WriteLine(e.Message);
                return ExitCodes.UsageError;
            }
        });
        return command;
    }

    private static void Merge(ExperimentCatalog catalog, string target, string[] shardFolders, string commandLine, TextWriter stdout)
    {
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

        var cases = new SortedDictionary<int, CaseResult>();
        foreach (string folder in shardFolders)
            foreach ((int index, CaseResult result) in new CaseStore(Path.Combine(folder, ArtifactNames.CaseFolder)).LoadAll())
                if (!cases.TryAdd(index, result))
                    throw new ResultsFolderException($"Case {index} ({result.Strategy}, seed {result.Seed}) is in more than one shard; give each shard once.");
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
            CaseStatus = cases.ToDictionary(c => $"{c.Value.Strategy}/seed-{c.Value.Seed}", c => c.Value.Failure is { } f ? "failed: " + f : RunManifest.Complete),
        };
        stdout.WriteLine($"{definition.Name}: merging {cases.Count} cases from {shardFolders.Length} shard(s)");
        RunSession.Finish(definition, [.. cases.Values], manifest, target, stdout);
    }
}
