using IncrementalStudy.Data;
using IncrementalStudy.Results;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Experiments;

/// <summary>Runs the cases of a definition in parallel; results are in case order whatever the thread count.</summary>
internal static class ExperimentRunner
{
    public static ExperimentResult Run(ExperimentDefinition definition, int threads) =>
        Assemble(definition, RunCases(definition, new RunOptions(threads)).Values.ToList());

    /// <summary>
    /// Runs the included cases that are not finished yet. Cancellation stops starting new cases (running ones finish) and
    /// throws <see cref="OperationCanceledException"/>; every case finished so far has been passed to the callback.
    /// Returns finished and new cases by case index.
    /// </summary>
    public static SortedDictionary<int, CaseResult> RunCases(ExperimentDefinition definition, RunOptions options)
    {
        IReadOnlyList<ValidationError> errors = DefinitionValidator.Validate(definition);
        if (errors.Count > 0)
            throw new InvalidOperationException($"Definition '{definition.Name}' is invalid:{Environment.NewLine}" + string.Join(Environment.NewLine, errors));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Threads);

        IReadOnlyList<RunCase> cases = definition.Cases();
        var results = new SortedDictionary<int, CaseResult>();
        foreach ((int index, CaseResult done) in options.Finished ?? new Dictionary<int, CaseResult>()) results[index] = done;
        int[] pending = [.. Enumerable.Range(0, cases.Count).Where(i => (options.Include?.Invoke(i) ?? true) && !results.ContainsKey(i))];
        var gate = new Lock();
        int started = 0;
        if (pending.Length == 0) options.OnAllStarted?.Invoke();
        Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = options.Cancellation }, i =>
        {
            if (options.Slots is { } slots && !TryTake(slots, options.Cancellation)) return; // stopped while waiting: the loop reports the cancellation
            try
            {
                if (Interlocked.Increment(ref started) == pending.Length) options.OnAllStarted?.Invoke();
                CaseResult result = CaseRunner.Run(definition, cases[i]);
                lock (gate)
                {
                    results[i] = result;
                    options.OnCaseFinished?.Invoke(i, result);
                }
            }
            finally
            {
                options.Slots?.Release();
            }
        });
        return results;
    }

    private static bool TryTake(SemaphoreSlim slots, CancellationToken cancellation)
    {
        try
        {
            slots.Wait(cancellation);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The experiment's result from all its cases in case order: statistics over the completed ones, plot points.</summary>
    public static ExperimentResult Assemble(ExperimentDefinition definition, IReadOnlyList<CaseResult> cases)
    {
        IReadOnlyList<string> strategies = [.. definition.Strategies.Select(s => s.Name)];
        MetricRecord[] metrics = [.. cases.SelectMany(r => r.Metrics)];
        return new ExperimentResult(definition, cases,
            Summarizer.Summarize(definition.Name, strategies, metrics),
            PairedDifferences.Compute(definition.Name, strategies, metrics),
            PlotPoints(definition));
    }

    /// <summary>The first points per category of the plot seed's final test set (each is an independent draw).</summary>
    private static IReadOnlyList<PointRecord> PlotPoints(ExperimentDefinition definition, int perCategory = 150)
    {
        if (definition.Scenario.Plane is null) return [];
        Dataset test = definition.Scenario.Build(definition.Name, ExperimentDefinition.PlotSeed).Phases[^1].Test;
        return
        [
            .. Enumerable.Range(0, test.Count)
                .GroupBy(i => test.Labels[i])
                .SelectMany(g => g.Take(perCategory))
                .Select(i => new PointRecord(definition.Name, ExperimentDefinition.PlotSeed, test.Labels[i], test.Row(i)[0], test.Row(i)[1])),
        ];
    }
}
