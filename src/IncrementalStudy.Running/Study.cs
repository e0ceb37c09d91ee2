using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Running;

/// <summary>
/// Runs experiment definitions into results folders from any program (an experiment in a single C# file, a notebook, a
/// test): what <c>incstudy run</c> and <c>incstudy merge</c> do, without the command line. Results are the same
/// bit for bit (timing aside) whatever the thread count.
/// </summary>
public static class Study
{
    /// <summary>
    /// Validates <paramref name="definition"/>, runs every case on <paramref name="threads"/> threads (default: all cores),
    /// then writes <c>OUT/&lt;name&gt;</c>: CSV tables, manifest.json, figures, report.md and checks.csv. Throws
    /// <see cref="ArgumentException"/> listing every problem of an invalid definition, and <see cref="ResultsFolderException"/>
    /// when the folder exists and was not written by this tool for this experiment.
    /// </summary>
    public static StudyOutcome Run(ExperimentDefinition definition, string outRoot, int? threads = null, string commandLine = "Study.Run")
    {
        IReadOnlyList<ValidationError> errors = DefinitionValidator.Validate(definition);
        if (errors.Count > 0)
            throw new ArgumentException($"Definition '{definition.Name}' is invalid:{Environment.NewLine}" + string.Join(Environment.NewLine, errors), nameof(definition));
        int threadCount = threads ?? Environment.ProcessorCount;
        DateTimeOffset started = DateTimeOffset.UtcNow;
        string? gitCommit = ProvenanceInfo.GitCommit(Directory.GetCurrentDirectory());
        SortedDictionary<int, CaseResult> cases = ExperimentRunner.RunCases(definition, new RunOptions(threadCount));
        RunManifest manifest = RunManifests.Create(definition, null, threadCount, RunManifest.Complete, commandLine, gitCommit, started, cases);
        return Write(definition, [.. cases.Values], manifest, Path.Combine(outRoot, definition.FolderName));
    }

    /// <summary>
    /// Assembles finished cases (in case order) into the results folder <paramref name="target"/>: statistics over seeds,
    /// expectation checks (a failed case fails the first), CSV, figures and report. Runs, resumed runs and merged shards
    /// all end here.
    /// </summary>
    internal static StudyOutcome Write(ExperimentDefinition definition, IReadOnlyList<CaseResult> cases, RunManifest manifest, string target)
    {
        ExperimentResult result = ExperimentRunner.Assemble(definition, cases);
        IReadOnlyList<CheckRecord> checks = ExpectationChecker.Check(definition.Name, definition.Expectations, result.Summary, result.Paired,
            failedCases: cases.Count(c => c.Failed));
        ResultsWriter.Write(ResultsTables.From(result, manifest, checks), target);
        return new StudyOutcome(Path.GetFullPath(target), result, checks);
    }
}
