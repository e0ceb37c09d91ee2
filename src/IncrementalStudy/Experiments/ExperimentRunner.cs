using IncrementalStudy.Results;

namespace IncrementalStudy.Experiments;

/// <summary>Runs every case of a definition, in parallel across cases; results are in case order whatever the thread count.</summary>
public static class ExperimentRunner
{
    public static ExperimentResult Run(ExperimentDefinition definition, int threads, Action<CaseResult>? onCaseFinished = null)
    {
        IReadOnlyList<ValidationError> errors = DefinitionValidator.Validate(definition);
        if (errors.Count > 0)
            throw new InvalidOperationException($"Definition '{definition.Name}' is invalid:{Environment.NewLine}" + string.Join(Environment.NewLine, errors));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);

        IReadOnlyList<RunCase> cases = definition.Cases();
        var results = new CaseResult[cases.Count];
        var gate = new object();
        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            results[i] = CaseRunner.Run(definition, cases[i]);
            if (onCaseFinished is null) return;
            lock (gate) onCaseFinished(results[i]);
        });
        IReadOnlyList<string> strategies = [.. definition.Strategies.Select(s => s.Name)];
        return new ExperimentResult(definition, results, Summarizer.Summarize(definition.Name, strategies, results));
    }
}
