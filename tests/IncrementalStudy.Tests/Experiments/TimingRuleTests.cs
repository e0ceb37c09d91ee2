using IncrementalStudy.Results;
using IncrementalStudy.Results.Metrics;

namespace IncrementalStudy.Tests.Experiments;

/// <summary>"Timing aside" is one rule, TimingRule (names ending in _ms): it must cover exactly the wall-clock metrics.</summary>
public class TimingRuleTests
{
    [Fact]
    public void Exactly_the_millisecond_metrics_are_timing_by_name()
    {
        Assert.Contains(MetricCatalog.All, m => m.IsTiming);
        Assert.All(MetricCatalog.All, m => Assert.True(m.IsTiming == (m.Unit == MetricUnit.Milliseconds), $"{m.Id}: unit {m.Unit}"));
    }

    [Fact]
    public void Csv_comparison_drops_timing_columns_and_timing_metric_rows()
    {
        using var temp = new Support.TempDirectory();
        File.WriteAllText(temp["a.csv"], "strategy,metric,mean,train_ms\ns,train_ms,5,7\ns,test_accuracy_final,0.9,8\n");
        File.WriteAllText(temp["b.csv"], "strategy,metric,mean,train_ms\ns,train_ms,6,9\ns,test_accuracy_final,0.9,1\n");
        Assert.Equal(Support.CsvComparison.WithoutTiming(temp["a.csv"]), Support.CsvComparison.WithoutTiming(temp["b.csv"]));
        Assert.Equal("strategy,metric,mean\ns,test_accuracy_final,0.9", Support.CsvComparison.WithoutTiming(temp["a.csv"]));
    }
}
