using System.CommandLine;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Cli.Commands;

public static class CheckCommand
{
    public static Command Create(ExperimentCatalog catalog)
    {
        var directory = new Argument<string>("dir") { Description = "A results folder written by 'incstudy run' (e.g. results/seed-replication)." };
        var baseline = new Option<string?>("--baseline", "-b") { Description = "A results folder of the same experiment to compare means against (WithinBaseline expectations)." };
        var write = new Option<bool>("--write") { Description = "Also write the verdicts to DIR/checks.csv (without it, check only reads the folder)." };
        var command = new Command("check", "Check a results folder against its experiment's expectations and its case status; exit 0 if all hold, 1 if any fails, 2 on unusable input.")
        {
            directory, baseline, write,
        };
        command.SetAction(parseResult =>
        {
            TextWriter stdout = parseResult.InvocationConfiguration.Output, stderr = parseResult.InvocationConfiguration.Error;
            string dir = parseResult.GetValue(directory)!;
            try
            {
                IReadOnlyList<CheckRecord> checks = Run(catalog, dir, parseResult.GetValue(baseline));
                if (parseResult.GetValue(write)) WriteChecks(dir, checks);
                CheckTable.Write(checks, stdout);
                return checks.Any(c => c.Verdict == ExpectationChecker.Fail) ? ExitCodes.ChecksFailed : ExitCodes.Success;
            }
            catch (ResultsFolderException e)
            {
                stderr.WriteLine(e.Message);
                return ExitCodes.UsageError;
            }
        });
        return command;
    }

    /// <summary>Evaluates the expectations of the folder's experiment at its recorded budget, and whether every case completed; reads only.</summary>
    public static IReadOnlyList<CheckRecord> Run(ExperimentCatalog catalog, string directory, string? baselineDirectory)
    {
        if (!Directory.Exists(directory)) throw new ResultsFolderException($"'{directory}' is not a folder.");
        RunManifest manifest = ResultsTables.Load(directory, ArtifactNames.Manifest, ResultsWriter.ReadManifest);
        IExperiment experiment = catalog.Find(manifest.Experiment)
            ?? throw new ResultsFolderException($"{directory} holds results of '{manifest.Experiment}', which is not a known experiment ('incstudy list' shows them).");
        Budget budget = ParseBudget(directory, manifest.Budget);
        IReadOnlyList<SummaryRecord>? baseline = null;
        if (baselineDirectory is not null)
        {
            if (!Directory.Exists(baselineDirectory)) throw new ResultsFolderException($"'{baselineDirectory}' is not a folder.");
            RunManifest baselineManifest = ResultsTables.Load(baselineDirectory, ArtifactNames.Manifest, ResultsWriter.ReadManifest);
            if (baselineManifest.Experiment != manifest.Experiment)
                throw new ResultsFolderException($"The baseline {baselineDirectory} holds '{baselineManifest.Experiment}', not '{manifest.Experiment}'.");
            baseline = TableReader.Read(baselineDirectory, StandardTables.Summary);
        }
        CaseTally tally = CaseTally.Of(directory, manifest, TableReader.Read(directory, StandardTables.Cases));
        return ExpectationChecker.Check(manifest.Experiment, experiment.Define(budget).Expectations,
            TableReader.Read(directory, StandardTables.Summary),
            TableReader.Read(directory, StandardTables.Paired),
            baseline, tally.Failed, tally.Missing);
    }

    private static void WriteChecks(string directory, IReadOnlyList<CheckRecord> checks)
    {
        string path = Path.Combine(directory, ArtifactNames.Checks);
        try
        {
            CsvFiles.Write(path, checks);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new ResultsFolderException($"{path} cannot be written ({e.Message}); run check without --write to only read the folder.");
        }
    }

    // An unknown budget must not silently fall back to the full budget's expectations.
    internal static Budget ParseBudget(string directory, string budget) =>
        Enum.GetNames<Budget>().FirstOrDefault(n => string.Equals(n, budget, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<Budget>(name)
            : throw new ResultsFolderException($"{Path.Combine(directory, ArtifactNames.Manifest)}: field \"budget\" is '{budget}', " +
                                               $"not one of {string.Join(", ", Enum.GetNames<Budget>().Select(n => n.ToLowerInvariant()))}.");
}
