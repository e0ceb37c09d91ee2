using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Reporting;
using IncrementalStudy.Results;
using IncrementalStudy.Running;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Extending;

/// <summary>A sweep: one folder per point, paired by seed with the plain definition, and a sensitivity page that says whether the ranking holds.</summary>
public class SweepTests
{
    private static readonly ExperimentDefinition Continuity = new ContinuityZeroNew().Define(Budget.Smoke) with { Seeds = 2 };

    [Fact]
    [Trait("Category", "Slow")]
    public void Each_point_has_its_folder_and_a_point_at_the_definitions_own_value_reproduces_the_plain_run()
    {
        using var temp = new TempDirectory();
        int own = Continuity.Fit.Epochs;
        SweepOutcome sweep = Sweep.Run(Continuity, [new SweepAxis("epochs", ["1", own.ToString(System.Globalization.CultureInfo.InvariantCulture)])], temp["out"], threads: 2);
        StudyOutcome plain = Study.Run(Continuity, temp["plain"], threads: 1);

        Assert.Equal([$"{Continuity.Name}+epochs-1", $"{Continuity.Name}+epochs-{own}"], sweep.Points.Select(p => Path.GetFileName(p.Folder)));
        // The override keeps the experiment's name, so its random streams: the same numbers as the plain run, timing aside.
        foreach (string table in new[] { "metrics.csv", "steps.csv", "epochs.csv" })
            Assert.Equal(CsvComparison.WithoutTiming(Path.Combine(plain.Folder, table)), CsvComparison.WithoutTiming(Path.Combine(sweep.Points[1].Folder, table)));
        Assert.NotEqual(CsvComparison.WithoutTiming(Path.Combine(plain.Folder, "steps.csv")), CsvComparison.WithoutTiming(Path.Combine(sweep.Points[0].Folder, "steps.csv")));

        string[] files = [.. Directory.GetFiles(sweep.Folder).Select(Path.GetFileName).Order()!];
        Assert.Equal(["contrasts.csv", "sensitivity.csv", "sensitivity.md", "sensitivity.png", "sensitivity.svg"], files);
        Assert.Equal($"{Continuity.Name}+sweep-epochs", Path.GetFileName(sweep.Folder));
        // Every declared contrast at every point, read back from the points' folders.
        Assert.Equal(2 * Continuity.Contrasts.Count, File.ReadAllLines(Path.Combine(sweep.Folder, "contrasts.csv")).Length - 1);
        Assert.Equal(2 * Continuity.Strategies.Count, sweep.Sensitivity.Count);
        Assert.All(sweep.Sensitivity.GroupBy(r => r.Point), point => Assert.Equal(Enumerable.Range(1, Continuity.Strategies.Count), point.Select(r => r.Rank).Order()));
        Assert.Contains(sweep.RankingHolds ? "The ranking holds" : "The ranking does not hold", File.ReadAllText(Path.Combine(sweep.Folder, "sensitivity.md")));
    }

    [Fact]
    public void A_reversal_is_an_ordering_resolved_one_way_at_one_point_and_the_other_way_at_another()
    {
        static PairedRecord Pair(string a, string b, double low, double high) => new("x", "m", a, b, 5, (low + high) / 2, 0, 0, low, high);
        SweepPoint[] points =
        [
            new("p=1", "f1", [], [Pair("a", "b", 0.01, 0.03), Pair("a", "c", 0.01, 0.02), Pair("b", "c", -0.01, 0.02)]),
            new("p=2", "f2", [], [Pair("a", "b", -0.05, -0.01), Pair("a", "c", -0.01, 0.02), Pair("b", "c", -0.03, -0.02)]),
        ];
        RankingReversal reversal = Assert.Single(SensitivityReport.Reversals("m", points));
        Assert.Equal(new RankingReversal("a", "b", "p=1", "p=2"), reversal);
        Assert.Empty(SensitivityReport.Reversals("other-metric", points));
    }
}
