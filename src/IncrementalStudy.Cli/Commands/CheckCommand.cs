using System.CommandLine;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;

namespace IncrementalStudy.Cli.Commands;

public static class CheckCommand
{
    public static Command Create(ExperimentCatalog catalog)
    {
        var directory = new Argument<string>("dir") { Description = "A results folder written by 'incstudy run' (e.g. results/seed-replication)." };
        var baseline = new Option<string?>("--baseline", "-b") { Description = "A results folder of the same experiment to compare means against (WithinBaseline expectations)." };
        var command = new Command("check", "Check a results folder against its experiment's expectations; exit 0 if all hold, 1 if any fails, 2 on unusable input.")
        {
            directory, baseline,
        };
        command.SetAction(parseResult =>
        {
            TextWriter stdout = parseResult.InvocationConfiguration.Output, stderr = parseResult.InvocationConfiguration.Error;
            try
            {
                IReadOnlyList<CheckRecord> checks = Run(catalog, parseResult.GetValue(directory)!, parseResult.GetValue(baseline));
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

    /// <summary>Evaluates the expectations of the folder's experiment at its recorded budget and writes DIR/checks.csv.</summary>
    public static IReadOnlyList<CheckRecord> Run(ExperimentCatalog catalog, string directory, string? baselineDirectory)
    {
        RunManifest manifest = ResultsTables.Load(directory, ArtifactNames.Manifest, ResultsWriter.ReadManifest);
        IExperiment experiment = catalog.Find(manifest.Experiment)
            ?? throw new ResultsFolderException($"{directory} holds results of '{manifest.Experiment}', which is not a known experiment ('incstudy list' shows them).");
        Budget budget = Enum.TryParse(manifest.Budget, ignoreCase: true, out Budget parsed) ? parsed : Budget.Full;
        IReadOnlyList<SummaryRecord>? baseline = null;
        if (baselineDirectory is not null)
        {
            RunManifest baselineManifest = ResultsTables.Load(baselineDirectory, ArtifactNames.Manifest, ResultsWriter.ReadManifest);
            if (baselineManifest.Experiment != manifest.Experiment)
                throw new ResultsFolderException($"The baseline {baselineDirectory} holds '{baselineManifest.Experiment}', not '{manifest.Experiment}'.");
            baseline = ResultsTables.Load(baselineDirectory, ArtifactNames.Summary, CsvFiles.Read<SummaryRecord>);
        }
        IReadOnlyList<CheckRecord> checks = ExpectationChecker.Check(manifest.Experiment, experiment.Define(budget).Expectations,
            ResultsTables.Load(directory, ArtifactNames.Summary, CsvFiles.Read<SummaryRecord>),
            ResultsTables.Load(directory, ArtifactNames.Paired, CsvFiles.Read<PairedRecord>),
            baseline);
        CsvFiles.Write(Path.Combine(directory, ArtifactNames.Checks), checks);
        return checks;
    }
}
