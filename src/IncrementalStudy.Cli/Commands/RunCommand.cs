using System.CommandLine;
using System.Diagnostics;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Expectations;
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
        var budget = new Option<Budget>("--budget") { Description = "full (the experiment's study, default) or smoke (a quick run with its own expectations).", DefaultValueFactory = _ => Budget.Full };
        var check = new Option<bool>("--check") { Description = "Exit with 1 when an expectation fails (the run's files are written either way)." };
        var threads = new Option<int>("--threads", "-t") { Description = "Cases run in parallel (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
        seeds.Validators.Add(r => RequirePositive(r, "--seeds"));
        threads.Validators.Add(r => RequirePositive(r, "--threads"));

        var command = new Command("run", "Run experiments and write CSV results to OUT/<experiment>/.") { names, all, seeds, output, threads, budget, check };
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
                ExperimentDefinition definition = experiment.Define(parseResult.GetValue(budget));
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
            bool anyFailed = false;
            foreach (ExperimentDefinition definition in definitions)
                anyFailed |= !RunOne(definition, Path.Combine(outRoot, definition.Name), threadCount, commandLine, stdout);
            return anyFailed && parseResult.GetValue(check) ? ExitCodes.ChecksFailed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Runs, writes and checks one experiment; returns whether every expectation holds.</summary>
    private static bool RunOne(ExperimentDefinition definition, string directory, int threads, string commandLine, TextWriter stdout)
    {
        int caseCount = definition.Cases().Count;
        stdout.WriteLine($"{definition.Name}: {caseCount} cases ({definition.Strategies.Count} strategies × {definition.Seeds} seeds) on {threads} thread(s)");
        DateTimeOffset started = DateTimeOffset.UtcNow;
        string? gitCommit = ProvenanceInfo.GitCommit(Directory.GetCurrentDirectory()); // the source state when the run starts
        var stopwatch = Stopwatch.StartNew();
        ExperimentResult result = ExperimentRunner.Run(definition, threads);
        var manifest = new RunManifest(definition.Name, definition.Description, definition.Budget.ToString().ToLowerInvariant(), definition.Summary(), definition.Seeds,
            [.. definition.Strategies.Select(s => s.Name)], caseCount, threads, "complete", commandLine,
            gitCommit, started, DateTimeOffset.UtcNow, MachineInfo.Current(), ProvenanceInfo.Versions());
        IReadOnlyList<CheckRecord> checks = ExpectationChecker.Check(definition.Name, definition.Expectations, result.Summary, result.Paired);
        ResultsWriter.Write(ResultsTables.From(result, manifest, checks), directory);
        stdout.WriteLine($"  finished in {stopwatch.Elapsed.TotalSeconds:F1} s; wrote {ArtifactNames.CsvFiles.Count} CSV files, {ArtifactNames.Manifest}, " +
                         $"{ArtifactNames.PlotsFolder}/ and {ArtifactNames.Report} to {Path.GetFullPath(directory)}");
        SummaryTable.Write(result.Summary, stdout);
        stdout.WriteLine("  expectations:");
        CheckTable.Write(checks, stdout);
        stdout.WriteLine();
        return checks.All(c => c.Verdict != ExpectationChecker.Fail);
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
