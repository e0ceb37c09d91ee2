using System.CommandLine;
using System.Diagnostics;
using IncrementalStudy.Experiments;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;

namespace IncrementalStudy.Cli.Commands;

public static class RunCommand
{
    public static Command Create(ExperimentCatalog catalog, string commandLine)
    {
        var names = new Argument<string[]>("experiments") { Description = "Experiment names (see 'incstudy list').", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Run every experiment." };
        var seeds = new Option<int?>("--seeds", "-s") { Description = "Number of seeds (default: the experiment's own, 20 for the seed study)." };
        var output = new Option<string>("--out", "-o") { Description = "Folder that receives one sub-folder per experiment.", DefaultValueFactory = _ => "results" };
        var threads = new Option<int>("--threads", "-t") { Description = "Cases run in parallel (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
        seeds.Validators.Add(r => RequirePositive(r, "--seeds"));
        threads.Validators.Add(r => RequirePositive(r, "--threads"));

        var command = new Command("run", "Run experiments and write CSV results to OUT/<experiment>/.") { names, all, seeds, output, threads };
        command.SetAction(parseResult =>
        {
            TextWriter stdout = parseResult.InvocationConfiguration.Output, stderr = parseResult.InvocationConfiguration.Error;
            string[] requested = parseResult.GetValue(names) ?? [];
            bool runAll = parseResult.GetValue(all);
            if (requested.Length == 0 && !runAll)
                return Fail(stderr, "Name at least one experiment or pass --all. 'incstudy list' shows the names.");
            if (requested.Length > 0 && runAll)
                return Fail(stderr, "Pass experiment names or --all, not both.");

            // Resolve and validate everything before running anything, so bad input writes nothing.
            var definitions = new List<ExperimentDefinition>();
            var problems = new List<string>();
            foreach (IExperiment? experiment in runAll ? catalog.All : requested.Select(catalog.Find))
            {
                if (experiment is null) continue;
                ExperimentDefinition definition = experiment.Define();
                if (parseResult.GetValue(seeds) is int seedCount) definition = definition with { Seeds = seedCount };
                problems.AddRange(DefinitionValidator.Validate(definition).Select(e => $"{definition.Name}: {e}"));
                definitions.Add(definition);
            }
            foreach (string unknown in requested.Where(n => catalog.Find(n) is null).Distinct())
            {
                IReadOnlyList<string> suggestions = catalog.Suggest(unknown);
                problems.Add(suggestions.Count > 0
                    ? $"Unknown experiment '{unknown}'. Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?"
                    : $"Unknown experiment '{unknown}'. 'incstudy list' shows the names.");
            }
            string outRoot = parseResult.GetValue(output)!;
            if (File.Exists(outRoot)) problems.Add($"--out '{outRoot}' is a file; give a folder.");
            if (problems.Count > 0) return Fail(stderr, string.Join(Environment.NewLine, problems));

            int threadCount = parseResult.GetValue(threads);
            foreach (ExperimentDefinition definition in definitions)
                RunOne(definition, Path.Combine(outRoot, definition.Name), threadCount, commandLine, stdout);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void RunOne(ExperimentDefinition definition, string directory, int threads, string commandLine, TextWriter stdout)
    {
        int caseCount = definition.Cases().Count;
        stdout.WriteLine($"{definition.Name}: {caseCount} cases ({definition.Strategies.Count} strategies × {definition.Seeds} seeds) on {threads} thread(s)");
        DateTimeOffset started = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        ExperimentResult result = ExperimentRunner.Run(definition, threads);
        var manifest = new RunManifest(definition.Name, definition.Description, definition.Summary(), definition.Seeds,
            [.. definition.Strategies.Select(s => s.Name)], caseCount, threads, "complete", commandLine,
            ProvenanceInfo.GitCommit(Directory.GetCurrentDirectory()), started, DateTimeOffset.UtcNow, MachineInfo.Current(), ProvenanceInfo.Versions());
        ResultsWriter.Write(ResultsTables.From(result, manifest), directory);
        stdout.WriteLine($"  finished in {stopwatch.Elapsed.TotalSeconds:F1} s; wrote {ArtifactNames.CsvFiles.Count} CSV files, {ArtifactNames.Manifest}, " +
                         $"{ArtifactNames.PlotsFolder}/ and {ArtifactNames.Report} to {Path.GetFullPath(directory)}");
        SummaryTable.Write(result.Summary, stdout);
        stdout.WriteLine();
    }

    /// <summary>Adds an error for a parsed value below 1; unparsable text is reported by the parser itself.</summary>
    private static void RequirePositive(System.CommandLine.Parsing.OptionResult result, string name)
    {
        if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out int value) && value <= 0)
            result.AddError($"{name} must be at least 1 (got {value}).");
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        return ExitCodes.UsageError;
    }
}
