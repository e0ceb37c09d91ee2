using System.Diagnostics;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;

namespace IncrementalStudy.Cli.Commands;

/// <summary>
/// One experiment's run on disk. Finished cases go to a hidden work folder (OUT/.name.incomplete/cases) as they complete;
/// an interruption leaves that folder with status "interrupted" for --resume; a complete run is assembled into OUT/name
/// (or, for a shard, moved to OUT/name.shard-i-of-n for `incstudy merge`).
/// </summary>
internal sealed class RunSession(ExperimentDefinition definition, string outRoot, ShardSpec? shard, string commandLine, TextWriter stdout)
{
    public const int Interrupted = 3;

    private string Target => Path.Combine(outRoot, definition.Name + (shard?.FolderSuffix ?? ""));
    private string Work => Path.Combine(outRoot, "." + definition.Name + (shard?.FolderSuffix ?? "") + ".incomplete");

    /// <summary>Problems that must stop the run before anything is written (e.g. resuming a different definition).</summary>
    public string? Prepare(bool resume, bool force)
    {
        if (!Directory.Exists(Work)) return null;
        if (!resume)
        {
            Directory.Delete(Work, recursive: true); // a fresh run does not mix in an earlier attempt
            return null;
        }
        RunManifest previous = ResultsTables.Load(Work, ArtifactNames.Manifest, ResultsWriter.ReadManifest);
        if (previous.DefinitionHash == definition.Hash()) return null;
        if (force)
        {
            Directory.Delete(Work, recursive: true);
            return null;
        }
        return $"{Work} was made from a different definition of '{definition.Name}' (hash {previous.DefinitionHash}, now {definition.Hash()}); " +
               "run without --resume to start over, or add --force to discard it.";
    }

    /// <summary>Runs the remaining cases; returns an exit code (0, 1 for failed checks with --check, 3 when interrupted).</summary>
    public int Run(int threads, bool check, CancellationToken cancellation)
    {
        var store = new CaseStore(Path.Combine(Work, ArtifactNames.CaseFolder));
        SortedDictionary<int, CaseResult> finished = store.LoadAll();
        IReadOnlyList<RunCase> cases = definition.Cases();
        int total = Enumerable.Range(0, cases.Count).Count(i => shard?.Includes(i) ?? true);
        DateTimeOffset started = DateTimeOffset.UtcNow;
        string? gitCommit = ProvenanceInfo.GitCommit(Directory.GetCurrentDirectory()); // the source state when the run starts
        DatasetRecord[] datasets = [.. definition.Scenario.Datasets().Select(DatasetRecord.From)]; // already loaded and checked by 'run'
        RunManifest Manifest(string status, IReadOnlyDictionary<int, CaseResult> done) => new(definition.Name, definition.Description,
            definition.Budget.ToString().ToLowerInvariant(), definition.Summary(), definition.Hash(), shard?.ToString(), definition.Seeds,
            [.. definition.Strategies.Select(s => s.Name)], cases.Count, threads, status, commandLine, gitCommit, started, DateTimeOffset.UtcNow,
            MachineInfo.Current(), ProvenanceInfo.Versions(),
            done.ToDictionary(d => $"{d.Value.Strategy}/seed-{d.Value.Seed}", d => d.Value.Failure is { } f ? "failed: " + f : RunManifest.Complete), datasets);

        Directory.CreateDirectory(Work);
        ResultsWriter.WriteManifest(Manifest(RunManifest.Running, finished), Work);
        stdout.WriteLine($"{definition.Name}: {total} cases ({definition.Strategies.Count} strategies × {definition.Seeds} seeds" +
                         $"{(shard is null ? "" : $", shard {shard}")}) on {threads} thread(s), budget {definition.Budget.ToString().ToLowerInvariant()}" +
                         (finished.Count > 0 ? $"; resuming with {finished.Count} finished" : ""));

        var progress = new Progress(stdout, total, finished.Count);
        var stopwatch = Stopwatch.StartNew();
        SortedDictionary<int, CaseResult> results;
        try
        {
            results = ExperimentRunner.RunCases(definition, new RunOptions(threads, cancellation, shard is null ? null : shard.Includes, finished,
                (index, result) =>
                {
                    store.Save(index, result);
                    progress.CaseFinished(result);
                }));
        }
        catch (OperationCanceledException)
        {
            SortedDictionary<int, CaseResult> saved = store.LoadAll();
            ResultsWriter.WriteManifest(Manifest(RunManifest.Interrupted, saved), Work);
            stdout.WriteLine($"  interrupted after {saved.Count} of {total} cases; finished cases are kept in {Work}. " +
                             "Run the same command with --resume to finish.");
            return Interrupted;
        }
        progress.Done();

        if (shard is not null)
        {
            ResultsWriter.WriteManifest(Manifest(RunManifest.Complete, results), Work);
            ResultsWriter.Replace(Target, Work);
            stdout.WriteLine($"  shard {shard} finished in {stopwatch.Elapsed.TotalSeconds:F1} s; {results.Count} cases in {Path.GetFullPath(Target)} " +
                             "(combine the shards with 'incstudy merge')");
            return ExitCodes.Success;
        }

        bool allHold = Finish(definition, [.. results.Values], Manifest(RunManifest.Complete, results), Target, stdout);
        Directory.Delete(Work, recursive: true);
        stdout.WriteLine($"  finished in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return !allHold && check ? ExitCodes.ChecksFailed : ExitCodes.Success;
    }

    /// <summary>Assembles all cases into the results folder (CSV, checks, figures, report); returns whether every expectation holds.</summary>
    public static bool Finish(ExperimentDefinition definition, IReadOnlyList<CaseResult> cases, RunManifest manifest, string target, TextWriter stdout)
    {
        ExperimentResult result = ExperimentRunner.Assemble(definition, cases);
        int failed = cases.Count(c => c.Failed);
        IReadOnlyList<CheckRecord> checks = ExpectationChecker.Check(definition.Name, definition.Expectations, result.Summary, result.Paired, failedCases: failed);
        ResultsWriter.Write(ResultsTables.From(result, manifest, checks), target);
        stdout.WriteLine($"  wrote {ArtifactNames.CsvFiles.Count} CSV files, {ArtifactNames.Manifest}, {ArtifactNames.PlotsFolder}/ and {ArtifactNames.Report} " +
                         $"to {Path.GetFullPath(target)}" + (failed > 0 ? $"; {failed} of {cases.Count} cases FAILED (see {ArtifactNames.Cases})" : ""));
        SummaryTable.Write(result.Summary, stdout);
        stdout.WriteLine("  expectations:");
        CheckTable.Write(checks, stdout);
        stdout.WriteLine();
        return checks.All(c => c.Verdict != ExpectationChecker.Fail);
    }
}
