namespace IncrementalStudy.Results.Metrics;

/// <summary>
/// Everything tables, reports and checks need to know about one metric: the id written to metrics.csv and summary.csv, how to
/// show it, which way is better, and what it means (with its source where it carries a published name).
/// </summary>
/// <param name="Id">The snake_case name in metrics.csv, summary.csv, paired.csv and expectations.</param>
/// <param name="DisplayName">A short column header for console tables.</param>
/// <param name="Unit">What the value counts.</param>
/// <param name="HigherIsBetter">True or false where a direction is meaningful, null for descriptive quantities.</param>
/// <param name="Definition">One line: what is measured, on which data, when.</param>
/// <param name="Citation">The publication whose definition this follows, or null for the project's own measurements.</param>
public sealed record MetricDescriptor(
    string Id,
    string DisplayName,
    MetricUnit Unit,
    bool? HigherIsBetter,
    string Definition,
    string? Citation = null)
{
    /// <summary>The .NET number format for means and interval half-widths of this metric.</summary>
    public string NumberFormat => Unit switch
    {
        MetricUnit.Milliseconds => "F1",
        MetricUnit.Count => "F0",
        _ => "F3",
    };

    /// <summary>Timing metrics are the only values that differ between identical runs; their ids follow <see cref="TimingRule"/>.</summary>
    public bool IsTiming => TimingRule.IsTiming(Id);

    public override string ToString() => Id;
}
