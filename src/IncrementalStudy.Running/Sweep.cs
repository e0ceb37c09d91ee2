using IncrementalStudy.Experiments;
using IncrementalStudy.Reporting;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;

namespace IncrementalStudy.Running;

/// <summary>
/// One field a sweep varies and its values, as <c>--set</c> takes them (<see cref="DefinitionOverrides"/>); several fields
/// joined by '|' take the same value together (e.g. every memory of a study: "*.Options.Rehearsal.Capacity|*.MemorySize").
/// </summary>
public sealed record SweepAxis(string Field, IReadOnlyList<string> Values)
{
    public IEnumerable<string> Assignments(string value) => Field.Split('|').Select(f => $"{f.Trim()}={value}");
}

/// <summary>What a sweep wrote: each point's folder, the sensitivity table, and the orderings that reverse between points.</summary>
public sealed record SweepOutcome(string Folder, IReadOnlyList<StudyOutcome> Points, IReadOnlyList<SensitivityRecord> Sensitivity,
    IReadOnlyList<RankingReversal> Reversals)
{
    /// <summary>True when no resolved ordering of two strategies reverses between points.</summary>
    public bool RankingHolds => Reversals.Count == 0;
}

/// <summary>
/// Runs a definition at every point of a grid over named fields: each point is the definition with those fields overridden
/// (the same random streams, so points are paired by seed), written to its own results folder
/// <c>OUT/&lt;name&gt;+&lt;field&gt;-&lt;value&gt;…</c> by <see cref="Study.Run"/>; then <c>OUT/&lt;name&gt;+sweep-&lt;field&gt;/</c> gets
/// sensitivity.csv, sensitivity.md and a figure of the metric per strategy and point (saying whether the ranking holds), and
/// contrasts.csv, the experiment's declared contrasts at every point.
/// </summary>
public static class Sweep
{
    /// <param name="metric">The metric compared across points (default: the definition's headline, else test_accuracy_final).</param>
    public static SweepOutcome Run(ExperimentDefinition definition, IReadOnlyList<SweepAxis> axes, string outRoot, int? threads = null,
        string commandLine = "Sweep.Run", MetricDescriptor? metric = null)
    {
        if (axes.Count == 0 || axes.Any(a => a.Values.Count == 0)) throw new ArgumentException("A sweep needs at least one field with at least one value.", nameof(axes));
        IEnumerable<IReadOnlyList<string>> grid = [[]];
        foreach (SweepAxis axis in axes)
            grid = [.. grid.SelectMany(point => axis.Values.Select(v => (IReadOnlyList<string>)[.. point, .. axis.Assignments(v)]))];
        // Every point is built (and so checked) before any runs: a bad field or value fails the sweep before anything is written.
        ExperimentDefinition[] points = [.. grid.Select(point => point.Aggregate(definition, DefinitionOverrides.Apply))];
        foreach (ExperimentDefinition point in points)
            if (DefinitionValidator.Validate(point) is { Count: > 0 } errors)
                throw new ArgumentException($"The point {string.Join("; ", point.Overrides)} of '{definition.Name}' is invalid: {string.Join("; ", errors)}");
        string folder = Path.Combine(outRoot, $"{definition.Name}+sweep-{string.Join("+", axes.Select(a => DefinitionOverrides.Slug(a.Field)))}");
        SensitivityReport.RequireReplaceable(folder);
        StudyOutcome[] outcomes = [.. points.Select(p => Study.Run(p, outRoot, threads, commandLine))];

        MetricDescriptor compared = metric ?? definition.Headline ?? MetricCatalog.TestAccuracyFinal;
        SweepPoint[] sweepPoints = [.. points.Zip(outcomes, (p, o) => new SweepPoint(string.Join("; ", p.Overrides), o.Folder, o.Result.Summary, o.Result.Paired))];
        (IReadOnlyList<SensitivityRecord> table, IReadOnlyList<RankingReversal> reversals) = SensitivityReport.Write(definition.Name, compared.Id,
            compared.DisplayName, compared.HigherIsBetter ?? true, compared.Unit == MetricUnit.Fraction, sweepPoints, folder);
        SensitivityReport.WriteContrasts(folder, string.Join("; ", axes.Select(a => a.Field)),
            [.. points.Zip(outcomes, (p, o) => (string.Join("; ", axes.Select(a => AxisValue(p, a))), o.Folder))]);
        return new SweepOutcome(Path.GetFullPath(folder), outcomes, table, reversals);
    }

    /// <summary>The value an axis takes at a point (from the point's overrides).</summary>
    private static string AxisValue(ExperimentDefinition point, SweepAxis axis)
    {
        string first = axis.Field.Split('|')[0].Trim() + "=";
        return point.Overrides.Last(o => o.StartsWith(first, StringComparison.Ordinal))[first.Length..];
    }
}
