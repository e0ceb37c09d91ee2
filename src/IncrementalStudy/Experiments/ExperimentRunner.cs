using IncrementalStudy.Data;
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
        MetricRecord[] metrics = [.. results.SelectMany(r => r.Metrics)];
        return new ExperimentResult(definition, results,
            Summarizer.Summarize(definition.Name, strategies, metrics),
            PairedDifferences.Compute(definition.Name, strategies, metrics),
            PlotPoints(definition));
    }

    /// <summary>The first points per category of the plot seed's final test set (each is an independent draw).</summary>
    private static IReadOnlyList<PointRecord> PlotPoints(ExperimentDefinition definition, int perCategory = 150)
    {
        if (definition.Scenario is not GaussianScenario { Inputs: 2 }) return [];
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
