using System.Text.RegularExpressions;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Experiments;

/// <summary>The metric registry, the README, the experiments' expectations and the recorded metrics agree.</summary>
public partial class MetricCatalogTests
{
    private static string ReadmeMetricSection()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        int start = readme.IndexOf("### `summary.csv`", StringComparison.Ordinal);
        int end = readme.IndexOf("### `checks.csv`", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README has no summary.csv section followed by a checks.csv section");
        return readme[start..end];
    }

    [Fact]
    public void Readme_explains_every_metric_and_no_other()
    {
        string section = ReadmeMetricSection();
        string[] named =
        [
            .. section.Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal))
                .SelectMany(line => MetricName().Matches(line.Split('|')[1]).Select(m => m.Groups[1].Value))
                .Distinct(),
        ];
        Assert.Empty(MetricCatalog.All.Select(m => m.Id).Except(named));
        Assert.Empty(named.Except(MetricCatalog.All.Select(m => m.Id)));
    }

    [Fact]
    public void Ids_are_unique_snake_case_and_every_subset_is_in_the_registry()
    {
        Assert.Equal(MetricCatalog.All.Count, MetricCatalog.All.Select(m => m.Id).Distinct().Count());
        Assert.All(MetricCatalog.All, m => Assert.Matches("^[a-z0-9]+(_[a-z0-9]+)*$", m.Id));
        Assert.All(MetricCatalog.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Definition), m.Id));
        foreach (MetricDescriptor m in MetricCatalog.Headline.Concat(MetricCatalog.Paired).Concat(MetricCatalog.Console))
            Assert.Same(m, MetricCatalog.Find(m.Id));
    }

    [Fact]
    public void Every_expectation_names_a_registered_metric()
    {
        foreach (IExperiment experiment in ExperimentsAssembly.Catalog().All)
            foreach (Budget budget in Enum.GetValues<Budget>())
                foreach (var expectation in experiment.Define(budget).Expectations)
                    Assert.True(MetricCatalog.Find(expectation.Metric) is not null, $"{experiment.Name} ({budget}): '{expectation.Metric}' is not a registered metric");
    }

    // A backticked name in the first column of a metric table row, e.g. "| `bwt`, `fwt` | …".
    [GeneratedRegex("`([a-z0-9_]+)`")]
    private static partial Regex MetricName();
}
