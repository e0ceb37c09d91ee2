using System.Diagnostics;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;
using IncrementalStudy.Running;

namespace IncrementalStudy.Cli.Commands;

/// <summary>
/// One experiment's run on disk. Finished cases go to a hidden work folder (OUT/.name.incomplete/cases) as they complete;
/// an interruption leaves that folder with status "interrupted" for --resume; a complete run is assembled into OUT/name
/// (or, for a shard, moved to OUT/name.shard-i-of-n for `incstudy merge`).
/// </summary>
internal sealed class RunSession(ExperimentDefinition definition, string outRoot, ShardSpec? shard, string commandLine, TextWriter stdout,
    TextWriter stderr) : IDisposable
{
    public const int Interrupted = 3;

    private RunLock? _lock;
    private bool _alreadyFinished;

    private string Target => Path.Combine(outRoot, definition.FolderName + (shard?.FolderSuffix ?? ""));
    private string Work => Path.Combine(outRoot, "." + definition.FolderName + (shard?.FolderSuffix ?? "") + ".incomplete");
    private string LockPath => Path.Combine(outRoot, "." + definition.FolderName + (shard?.FolderSuffix ?? "") + ".lock");

    /// <summary>
    /// Takes the run's lock and checks what is on disk; returns a problem that must stop the run before anything is written
    /// (another run holds the lock, a folder incstudy did not write is in the way, an unfinished run, a broken work folder).
    /// </summary>
    public string? Prepare(bool resume, bool force)
    {
        _lock ??= RunLock.TryAcquire(LockPath);
        if (_lock is null)
            return $"{Target} is being written by another incstudy run (it holds {LockPath}); wait for it to finish or choose another --out.";
        ToolFolders.RemoveStaleStaging(Target); // under the lock, so these belong to a killed run
        if (ToolFolders.WhyNotReplaceable(Target, definition.Name) is { } why)
            return $"{Target} {why}; move it away or choose another --out (nothing was run).";
        if (!Directory.Exists(Work))
        {
            // Resubmitting a Slurm array re-runs every task; a shard that already finished must not start over.
            _alreadyFinished = resume && shard is not null && IsFinishedShard();
            return null;
        }
        if (!resume && !force)
            return $"{Work} holds an unfinished run ({FinishedCount()} cases finished); add --resume to finish it, or --force to discard it and start over.";
        if (!resume) return Discard();
        string? broken = WhyNotResumable();
        if (broken is null) return null;
        return force ? Discard() : broken;
    }

    private bool IsFinishedShard() => ToolFolders.ReadOrNull(Path.Combine(Target, ArtifactNames.Manifest)) is { } done
        && done.Status == RunManifest.Complete && done.Shard == shard?.ToString() && done.Experiment == definition.Name
        && done.DefinitionHash == definition.Hash();

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }

    private int FinishedCount()
    {
        string cases = Path.Combine(Work, ArtifactNames.CaseFolder);
        return Directory.Exists(cases) ? Directory.GetFiles(cases, "*.json").Length : 0;
    }

    /// <summary>Why the work folder cannot be resumed (unreadable manifest or case, other definition), or null.</summary>
    private string? WhyNotResumable()
    {
        try
        {
            RunManifest previous = ResultsTables.Load(Work, ArtifactNames.Manifest, ResultsWriter.ReadManifest);
            if (previous.DefinitionHash != definition.Hash())
                return $"{Work} was made from a different definition of '{definition.Name}' (hash {previous.DefinitionHash}, now {definition.Hash()}); " +
                       "add --force to discard it and start over.";
            _ = new CaseStore(Path.Combine(Work, ArtifactNames.CaseFolder)).LoadAll();
            return null;
        }
        catch (ResultsFolderException e)
        {
            return $"Cannot resume: {e.Message} Or add --force to discard the unfinished run and start over.";
        }
    }

    private string? Discard()
    {
        if (!ToolFolders.HoldsOnlyToolFiles(Work)) return $"{Work} holds files incstudy did not write, so --force does not delete it; move it away.";
        Directory.Delete(Work, recursive: true);
        return null;
    }

    /// <summary>
    /// Runs the remaining cases; returns an exit code (0, 1 for failed checks with --check, 3 when interrupted). Cases take a
    /// slot from <paramref name="slots"/> (shared with the sessions that run alongside); <paramref name="allStarted"/> is
    /// called once every case has started, or when there is nothing to run.
    /// </summary>
    public int Run(int threads, bool check, CancellationToken cancellation, SemaphoreSlim? slots = null, Action? allStarted = null)
    {
        if (_alreadyFinished)
        {
            stdout.WriteLine($"{definition.Name}: shard {shard} is already finished in {Path.GetFullPath(Target)} (same definition); nothing to run.");
            return ExitCodes.Success;
        }
        var store = new CaseStore(Path.Combine(Work, ArtifactNames.CaseFolder));
        SortedDictionary<int, CaseResult> finished = store.LoadAll();
        IReadOnlyList<RunCase> cases = definition.Cases();
        int total = shard?.CaseCount(definition.Strategies.Count, definition.Seeds) ?? cases.Count;
        DateTimeOffset started = DateTimeOffset.UtcNow;
        string? gitCommit = ProvenanceInfo.GitCommit(Directory.GetCurrentDirectory()); // the source state when the run starts
        RunManifest Manifest(string status, IReadOnlyDictionary<int, CaseResult> done) =>
            RunManifests.Create(definition, shard?.ToString(), threads, status, commandLine, gitCommit, started, done);

        var progress = new Progress(stdout, total, finished.Count);
        var stopwatch = Stopwatch.StartNew();
        bool allHold;
        try
        {
            Directory.CreateDirectory(Work);
            ResultsWriter.WriteManifest(Manifest(RunManifest.Running, finished), Work);
            stdout.WriteLine($"{definition.Name}: {total} cases ({definition.Strategies.Count} strategies × {definition.Seeds} seeds" +
                             $"{(shard is null ? "" : $", shard {shard}")}) on {threads} thread(s), budget {definition.Budget.ToString().ToLowerInvariant()}" +
                             (finished.Count > 0 ? $"; resuming with {finished.Count} finished" : ""));
            SortedDictionary<int, CaseResult> results;
            try
            {
                results = ExperimentRunner.RunCases(definition, new RunOptions(threads, cancellation, shard is null ? null : i => shard.Includes(i, definition.Strategies.Count, definition.Seeds), finished,
                    (index, result) =>
                    {
                        store.Save(index, result);
                        progress.CaseFinished(result);
                    }, slots, allStarted));
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
                if (ToolFolders.WhyNotReplaceable(Target, definition.Name) is { } why)
                    throw new ResultsFolderException($"{Target} {why}; move it away or choose another --out.");
                ResultsWriter.Replace(Target, Work);
                stdout.WriteLine($"  shard {shard} finished in {stopwatch.Elapsed.TotalSeconds:F1} s; {results.Count} cases in {Path.GetFullPath(Target)} " +
                                 "(combine the shards with 'incstudy merge')");
                return ExitCodes.Success;
            }
            allHold = Finish(definition, [.. results.Values], Manifest(RunManifest.Complete, results), Target, stdout);
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            // E.g. a full disk: keep every finished case and mark the run resumable instead of leaving it "running".
            int saved = FinishedCount();
            try
            {
                ResultsWriter.WriteManifest(Manifest(RunManifest.Interrupted, store.LoadAll()), Work);
            }
            catch (Exception again) when (WriteFailure(again) is not null)
            {
                // Still no room; --resume does not need the status.
            }
            stderr.WriteLine($"{definition.Name}: could not write the results ({failure.Message.TrimEnd('.')}). {saved} of {total} finished cases are kept " +
                             $"in {Work}; free space (or fix the cause) and run the same command with --resume.");
            return Interrupted;
        }

        Directory.Delete(Work, recursive: true);
        stdout.WriteLine($"  finished in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return !allHold && check ? ExitCodes.ChecksFailed : ExitCodes.Success;
    }

    /// <summary>The failure to write a file behind <paramref name="e"/> (parallel cases wrap it), or null for other errors.</summary>
    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException or ResultsFolderException => e,
        AggregateException all => all.Flatten().InnerExceptions.FirstOrDefault(i => WriteFailure(i) is not null),
        _ => null,
    };

    /// <summary>Assembles all cases into the results folder (CSV, checks, figures, report) and prints the summary; returns whether every expectation holds.</summary>
    public static bool Finish(ExperimentDefinition definition, IReadOnlyList<CaseResult> cases, RunManifest manifest, string target, TextWriter stdout)
    {
        StudyOutcome outcome = Study.Write(definition, cases, manifest, target);
        stdout.WriteLine($"  wrote {outcome.Result.Definition.CaseTables().Count + Results.Tables.StandardTables.PerExperiment.Count} CSV files, " +
                         $"{ArtifactNames.Manifest}, {ArtifactNames.PlotsFolder}/ and {ArtifactNames.Report} to {outcome.Folder}" +
                         (outcome.FailedCases > 0 ? $"; {outcome.FailedCases} of {cases.Count} cases FAILED (see {ArtifactNames.Cases})" : ""));
        SummaryTable.Write(outcome.Result.Summary, stdout);
        stdout.WriteLine("  expectations:");
        CheckTable.Write(outcome.Checks, stdout);
        stdout.WriteLine();
        return outcome.AllHold;
    }
}
