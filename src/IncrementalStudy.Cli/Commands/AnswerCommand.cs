using System.CommandLine;
using IncrementalStudy.Experiments;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Answer;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Cli.Commands;

/// <summary>
/// <c>incstudy answer [DIR]</c>: brings every finished folder in DIR up to date with the current definitions without
/// retraining (what the definition says about reading it: headline metric, declared contrasts, reference arms; the
/// expectation checks; report.md and figures), then writes DIR/README.md, the answer across them. With --check it writes
/// nothing and exits 1 when anything is stale. A folder made from another definition (another hash) must be rerun.
/// </summary>
public static class AnswerCommand
{
    public static Command Create(ExperimentCatalog catalog)
    {
        var directory = new Argument<string>("dir") { Description = "The results directory (default: results).", DefaultValueFactory = _ => "results" };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when a folder or the answer page is stale." };
        var command = new Command("answer", "Refresh every results folder's reading (contrasts, checks, report) and write DIR/README.md, the answer across them.")
        {
            directory, check,
        };
        command.SetAction(parseResult =>
        {
            TextWriter stdout = parseResult.InvocationConfiguration.Output, stderr = parseResult.InvocationConfiguration.Error;
            string dir = parseResult.GetValue(directory)!;
            bool checking = parseResult.GetValue(check);
            if (!Directory.Exists(dir))
            {
                stderr.WriteLine($"'{dir}' is not a folder; give the results directory, e.g. 'incstudy answer results'.");
                return ExitCodes.UsageError;
            }
            try
            {
                var stale = new List<string>();
                IReadOnlyList<string> folders = ResultsAnswer.Folders(dir);
                foreach (string folder in folders) stale.AddRange(Refresh(catalog, folder, checking));
                string page = Path.Combine(dir, ResultsAnswer.PageFile);
                string plots = Path.Combine(dir, ArtifactNames.PlotsFolder);
                string scratch = Path.Combine(Path.GetTempPath(), $"incstudy-answer-{Environment.ProcessId}");
                try
                {
                    string text = ResultsAnswer.Render(folders, ResultsAnswer.Sweeps(dir), checking ? scratch : plots);
                    // The README beside the results directory opens with the page's first recommendation, between markers.
                    string readme = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dir))!, "README.md");
                    string? readmeText = File.Exists(readme) ? File.ReadAllText(readme) : null;
                    string? newReadme = readmeText is null ? null
                        : ResultsAnswer.WithOpening(readmeText, ResultsAnswer.Opening(text, Path.GetFileName(Path.GetFullPath(dir))));
                    if (checking)
                    {
                        if (!File.Exists(page) || File.ReadAllText(page) != text) stale.Add($"{page} is stale");
                        if (newReadme != readmeText) stale.Add($"{readme}'s opening answer is stale");
                    }
                    else
                    {
                        if (File.Exists(page) && !File.ReadAllText(page).Contains(ResultsAnswer.GeneratedMarker, StringComparison.Ordinal))
                            throw new ResultsFolderException($"{page} was not written by incstudy answer; move it away (nothing was written to {dir}'s page).");
                        File.WriteAllText(page + ".tmp", text);
                        File.Move(page + ".tmp", page, overwrite: true);
                        if (newReadme is not null && newReadme != readmeText) File.WriteAllText(readme, newReadme);
                    }
                }
                finally
                {
                    if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
                }
                if (checking && stale.Count > 0)
                {
                    foreach (string line in stale) stdout.WriteLine(line);
                    stdout.WriteLine($"{stale.Count} stale; 'incstudy answer {dir}' brings them up to date (a folder of another definition must be rerun).");
                    return ExitCodes.ChecksFailed;
                }
                stdout.WriteLine(checking ? $"{folders.Count} folders and {page} are up to date." : $"wrote {page} from {folders.Count} folders.");
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

    /// <summary>What is stale in one folder (nothing when refreshed in place); a folder of another definition is always named.</summary>
    private static IEnumerable<string> Refresh(ExperimentCatalog catalog, string folder, bool checking)
    {
        RunManifest manifest = ResultsTables.Load(folder, ArtifactNames.Manifest, ResultsWriter.ReadManifest);
        if (catalog.Find(manifest.Experiment) is not { } experiment)
            return [$"{folder}: '{manifest.Experiment}' is not a known experiment (left as it is)"];
        Budget budget = CheckCommand.ParseBudget(folder, manifest.Budget);
        ExperimentDefinition definition = experiment.Define(budget) with { Seeds = manifest.Seeds };
        if (definition.Hash() != manifest.DefinitionHash)
            throw new ResultsFolderException($"{folder} was made from another definition of '{manifest.Experiment}' (hash {manifest.DefinitionHash}, now " +
                                             $"{definition.Hash()}); rerun it: incstudy run {manifest.Experiment} --out {Path.GetDirectoryName(Path.GetFullPath(folder))}");
        var stale = new List<string>();
        RunManifest reading = manifest with
        {
            Description = definition.Description,
            HeadlineMetric = definition.Headline?.Id,
            Contrasts = definition.Contrasts,
            References = definition.References,
        };
        if (!SameReading(manifest, reading))
        {
            stale.Add($"{folder}: the manifest's description, headline metric, contrasts or references differ from the definition's");
            if (!checking) ResultsWriter.WriteManifest(reading, folder);
        }
        IReadOnlyList<CheckRecord> checks = CheckCommand.Run(catalog, folder, null);
        if (!checks.SequenceEqual(TableReader.Read(folder, StandardTables.Checks)))
        {
            stale.Add($"{folder}: checks.csv differs from the expectations' verdicts");
            if (!checking) CsvFiles.Write(Path.Combine(folder, ArtifactNames.Checks), checks);
        }
        if (!checking) ResultsWriter.Redraw(folder);
        return checking ? stale : [];
    }

    private static bool SameReading(RunManifest a, RunManifest b) =>
        a.Description == b.Description && a.HeadlineMetric == b.HeadlineMetric
        && (a.Contrasts ?? []).SequenceEqual(b.Contrasts ?? []) && (a.References ?? []).SequenceEqual(b.References ?? []);
}
