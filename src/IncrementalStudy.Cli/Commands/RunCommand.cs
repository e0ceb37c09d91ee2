using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.InteropServices;
using IncrementalStudy.Data.Loading;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Experiments;

namespace IncrementalStudy.Cli.Commands;

public static class RunCommand
{
    public static Command Create(ExperimentCatalog catalog, string commandLine)
    {
        var names = new Argument<string[]>("experiments") { Description = "Experiment names (see 'incstudy list').", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Run every experiment whose data is on this machine; the rest are listed at the end with how to install their data." };
        var seeds = new Option<int?>("--seeds", "-s")
        {
            Description = $"Number of seeds, at most {DefinitionValidator.MaxSeeds} (default: the experiment's own at the chosen budget).",
            CustomParser = r => OptionValues.PositiveInt(r, "--seeds", DefinitionValidator.MaxSeeds),
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder that receives one sub-folder per experiment (default: runs, outside version control; the committed results/ only when named).",
            DefaultValueFactory = _ => "runs",
        };
        var threads = new Option<int>("--threads", "-t")
        {
            Description = "Cases run in parallel (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = r => OptionValues.PositiveInt(r, "--threads"),
        };
        var budget = new Option<Budget>("--budget")
        {
            Description = "full (the experiment's study, default) or smoke (a quick run with its own expectations).", HelpName = "full|smoke",
            DefaultValueFactory = _ => Budget.Full, CustomParser = OptionValues.Budget,
        };
        var check = new Option<bool>("--check") { Description = "Exit with 1 when an expectation fails (the run's files are written either way)." };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted run: finished cases are kept, the rest are run." };
        var force = new Option<bool>("--force")
        {
            Description = "Discard an unfinished run (OUT/.<name>.incomplete) and start over; with --resume, only when it cannot be resumed " +
                          "(other definition, unreadable files).",
        };
        var shard = new Option<string?>("--shard") { Description = "i/n: run only every n-th case starting at the i-th, into OUT/<name>.shard-i-of-n (combine with 'incstudy merge')." };
        var dataDir = new Option<string?>(DataLocation.OptionName)
        {
            Description = $"Folder with data sets that are not bundled (full Fashion-MNIST: its IDX files, .gz or not, in the folder or its fashion-mnist/ " +
                          $"sub-folder). Default: ${DataLocation.EnvironmentVariable}, else {DataLocation.DefaultFolder}.",
        };
        var set = new Option<string[]>("--set")
        {
            Description = "field=value: override one field of each named experiment's definition (e.g. epochs=20, replay.Options.Rehearsal.PerClass=50, " +
                          "*.Optimizer.LearningRate=0.01); repeatable. Recorded in the manifest and the definition hash; the results go to " +
                          "OUT/<name>+<field>-<value>.",
            AllowMultipleArgumentsPerToken = false,
        };
        shard.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && !ShardSpec.TryParse(r.Tokens[^1].Value, out _, out string error)) r.AddError(error);
        });

        var command = new Command("run", "Run experiments and write CSV, figures and report to OUT/<experiment>/.")
        {
            names, all, seeds, output, threads, budget, check, resume, force, shard, dataDir, set,
        };
        command.SetAction(parseResult =>
        {
            TextWriter stdout = parseResult.InvocationConfiguration.Output, stderr = parseResult.InvocationConfiguration.Error;
            string[] requested = parseResult.GetValue(names) ?? [];
            bool runAll = parseResult.GetValue(all);
            if (requested.Length == 0 && !runAll)
                return Fail(stderr, "Name at least one experiment or pass --all. 'incstudy list' shows the names.");
            if (requested.Length > 0 && runAll)
                return Fail(stderr, "Pass experiment names or --all, not both.");
            ShardSpec? shardSpec = parseResult.GetValue(shard) is { } text && ShardSpec.TryParse(text, out ShardSpec? parsed, out _) ? parsed : null;

            // Resolve and validate everything before running anything, so bad input writes nothing.
            var definitions = new List<ExperimentDefinition>();
            var problems = new List<string>();
            var skipped = new List<string>(); // --all leaves out experiments whose data is not installed; a named one is an error
            DataLocation dataLocation = DataLocation.Resolve(parseResult.GetValue(dataDir), Environment.GetEnvironmentVariable(DataLocation.EnvironmentVariable));
            if (parseResult.GetValue(dataDir) is { } dataFolder && !Directory.Exists(dataFolder))
                return Fail(stderr, $"{DataLocation.OptionName} '{dataFolder}' is not a folder.");
            foreach (IExperiment? experiment in runAll ? catalog.All : requested.Select(catalog.Find))
            {
                if (experiment is null) continue;
                ExperimentDefinition definition = experiment.Define(parseResult.GetValue(budget));
                definition = definition with { Scenario = definition.Scenario.WithDataLocation(dataLocation) };
                if (parseResult.GetValue(seeds) is int seedCount) definition = definition with { Seeds = seedCount };
                try
                {
                    foreach (string assignment in parseResult.GetValue(set) ?? []) definition = DefinitionOverrides.Apply(definition, assignment);
                }
                catch (ArgumentException badOverride)
                {
                    problems.Add($"{definition.Name}: {badOverride.Message}");
                    continue;
                }
                problems.AddRange(DefinitionValidator.Validate(definition).Select(e => $"{definition.Name}: {e}"));
                switch (LoadData(definition))
                {
                    case DatasetUnavailableException missing when runAll:
                        skipped.Add($"{definition.Name}: {missing.Message}");
                        continue;
                    case { } dataProblem:
                        problems.Add($"{definition.Name}: {dataProblem.Message}");
                        break;
                }
                definitions.Add(definition);
            }
            problems.AddRange(requested.Where(n => catalog.Find(n) is null).Distinct().Select(catalog.Unknown));
            string outRoot = parseResult.GetValue(output)!;
            if (ResolvedPath.TryResolve(outRoot, out string outProblem) is null) problems.Add($"--out '{outRoot}' {outProblem}; give a folder, e.g. --out results.");
            else if (File.Exists(outRoot)) problems.Add($"--out '{outRoot}' is a file; give a folder.");
            else if (problems.Count == 0 && OutputNotWritable(outRoot) is { } why) problems.Add($"--out '{outRoot}' cannot be written: {why}.");
            // Every experiment after the first prints through a held writer, released when the one before has finished.
            HeldOutput[] held = [.. definitions.Skip(1).Select(_ => new HeldOutput(stdout))];
            using var sessions = new RunSessions(definitions.Select((d, k) => new RunSession(d, outRoot, shardSpec, commandLine, k == 0 ? stdout : held[k - 1], stderr)));
            if (problems.Count == 0)
                problems.AddRange(sessions.Select(s => s.Prepare(parseResult.GetValue(resume), parseResult.GetValue(force))).OfType<string>());
            if (problems.Count > 0) return Fail(stderr, string.Join(Environment.NewLine, problems));

            using var interrupt = new CancellationTokenSource();
            using PosixSignalRegistration onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using PosixSignalRegistration onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            int exitCode = RunOverlapped(sessions, held, parseResult.GetValue(threads), parseResult.GetValue(check), interrupt);
            if (exitCode == RunSession.Interrupted) return exitCode;
            if (skipped.Count > 0)
            {
                stdout.WriteLine($"Skipped {skipped.Count} experiment(s) whose data is not on this machine:");
                foreach (string skip in skipped) stdout.WriteLine("  " + skip);
            }
            return exitCode;

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true; // finish the running cases, then stop
                stderr.WriteLine($"{context.Signal} received: stopping after the running cases.");
                interrupt.Cancel();
            }
        });
        return command;
    }

    /// <summary>
    /// Runs the sessions in order, each starting as soon as the one before has started its last case, all sharing
    /// <paramref name="threads"/> case slots: the cores a finishing experiment's last cases leave idle go to the next one's
    /// first cases, and writing one experiment's results overlaps the next one's cases. Results do not depend on it (cases are
    /// independent). Returns the highest exit code, or <see cref="RunSession.Interrupted"/> when a session was interrupted.
    /// </summary>
    private static int RunOverlapped(IReadOnlyList<RunSession> sessions, IReadOnlyList<HeldOutput> held, int threads, bool check, CancellationTokenSource interrupt)
    {
        using var slots = new SemaphoreSlim(threads);
        var runs = new List<Task<int>>();
        Task previousStarted = Task.CompletedTask;
        foreach (RunSession session in sessions)
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task waitFor = previousStarted;
            runs.Add(Task.Run(() =>
            {
                try
                {
                    waitFor.Wait();
                    if (interrupt.IsCancellationRequested) return RunSession.Interrupted;
                    int code = session.Run(threads, check, interrupt.Token, slots, () => started.TrySetResult());
                    if (code == RunSession.Interrupted) interrupt.Cancel(); // e.g. a full disk: the others stop too, resumable
                    return code;
                }
                finally
                {
                    started.TrySetResult();
                }
            }));
            previousStarted = started.Task;
        }
        int exitCode = ExitCodes.Success;
        try
        {
            for (int k = 0; k < runs.Count; k++)
            {
                exitCode = Math.Max(exitCode, runs[k].GetAwaiter().GetResult());
                if (k < held.Count) held[k].Release();
            }
        }
        catch
        {
            // An unexpected failure: stop the other sessions and let them finish writing before the locks are released.
            interrupt.Cancel();
            try
            {
                Task.WaitAll(runs);
            }
            catch (AggregateException)
            {
                // The first failure is the one reported.
            }
            foreach (HeldOutput output in held) output.Release();
            throw;
        }
        return runs.Any(r => r.Result == RunSession.Interrupted) ? RunSession.Interrupted : exitCode;
    }

    /// <summary>Loads the experiment's data once (it is cached for the cases); returns what is wrong with it, or null.</summary>
    private static Exception? LoadData(ExperimentDefinition definition)
    {
        try
        {
            _ = definition.Scenario.Inputs;
            return null;
        }
        catch (Exception e) when (e is DatasetUnavailableException or DataFormatException)
        {
            return e;
        }
    }

    /// <summary>Why the output folder cannot be created or written, or null when it can.</summary>
    private static string? OutputNotWritable(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            string probe = Path.Combine(folder, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        return ExitCodes.UsageError;
    }
}
