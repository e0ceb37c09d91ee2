using IncrementalStudy.Data;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Models;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Results.Tables;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments;

/// <summary>Everything that determines a run, as an immutable record; overrides are applied with <c>with</c>.</summary>
public sealed record ExperimentDefinition(
    string Name,
    string Description,
    IScenario Scenario,
    INetworkSpec Network,
    FitSettings Fit,
    int Seeds,
    IReadOnlyList<StrategyDefinition> Strategies,
    Budget Budget = Budget.Full)
{
    /// <summary>The claims that carry this experiment's findings at its budget; checked by <c>incstudy check</c>.</summary>
    public IReadOnlyList<Expectation> Expectations { get; init; } = [];

    /// <summary>
    /// The metric this experiment's question is answered on (report.md opens with the winner on it); null lets the report choose. Not part of
    /// <see cref="Summary"/> or <see cref="Hash"/>: it changes how results are read, not what is run.
    /// </summary>
    public MetricDescriptor? Headline { get; init; }

    /// <summary>The comparisons this experiment is built to answer (each pair differs in one named factor).</summary>
    public IReadOnlyList<Contrast> Contrasts { get; init; } = [];

    /// <summary>
    /// Arms that bound the results (joint training, joint from scratch, naive fine-tuning): reported, never "best", and never
    /// the subject of a contrast's answer.
    /// </summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>
    /// The field overrides applied to the experiment's own definition ("path=value", <see cref="DefinitionOverrides"/>), in order;
    /// part of <see cref="Summary"/> and so of <see cref="Hash"/>, and of the results folder's name.
    /// </summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The results folder's name: the experiment's, plus its overrides when any (<c>split-digits+epochs-20</c>).</summary>
    public string FolderName => Overrides.Count == 0 ? Name : $"{Name}+{string.Join('+', Overrides.Select(DefinitionOverrides.Slug))}";

    /// <summary>The seed whose decision regions and test points are stored for plots.</summary>
    public const int PlotSeed = 1;

    /// <summary>Cases are the cross product seed × strategy, seeds 1..N, strategies in definition order.</summary>
    internal IReadOnlyList<RunCase> Cases() =>
    [
        .. from seed in Enumerable.Range(1, Seeds)
           from strategy in Strategies
           select new RunCase(strategy, seed),
    ];

    /// <summary>The per-case tables of this definition's results folder: the standard ones, then those the strategies add.</summary>
    public IReadOnlyList<IResultTable> CaseTables() =>
        [.. Results.Tables.StandardTables.PerCase.Concat(Strategies.SelectMany(s => s.Tables)).DistinctBy(t => t.FileName)];

    /// <summary>A stable fingerprint of everything that determines the results, so folders from different definitions are never mixed.</summary>
    public string Hash() => Numerics.SeedHash.Of($"{Summary()}|budget {Budget}").ToString("x16");

    public string Summary() =>
        $"{Scenario.Describe()}; network {Network}; fit {Fit}; {Seeds} seeds; strategies: " +
        string.Join("; ", Strategies.Select(s => $"{s.Name} = {s.Describe()}")) +
        (Overrides.Count == 0 ? "" : $"; overrides: {string.Join(", ", Overrides)}");
}
