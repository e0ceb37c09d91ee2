using IncrementalStudy.Cli.Commands;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Reliability;

/// <summary>Shards partition the cases and each gets a similar mix of strategies, since strategies differ a lot in cost.</summary>
public class ShardBalanceTests
{
    [Theory]
    [InlineData(4, 2, 2)]
    [InlineData(4, 3, 2)]
    [InlineData(5, 3, 4)]
    [InlineData(8, 10, 8)]
    [InlineData(3, 1, 2)]
    public void Shards_partition_the_cases_and_split_every_strategy_evenly(int strategies, int seeds, int shards)
    {
        int cases = strategies * seeds;
        ShardSpec[] specs = [.. Enumerable.Range(1, shards).Select(i => new ShardSpec(i, shards))];
        Assert.All(Enumerable.Range(0, cases), c => Assert.Single(specs, s => s.Includes(c, strategies, seeds)));
        for (int strategy = 0; strategy < strategies; strategy++)
        {
            // Cases() is seed-major: case index = (seed − 1) × strategies + strategy.
            int[] perShard = [.. specs.Select(s => Enumerable.Range(0, seeds).Count(seed => s.Includes(seed * strategies + strategy, strategies, seeds)))];
            Assert.True(perShard.Max() - perShard.Min() <= 1, $"strategy {strategy}: {string.Join(", ", perShard)} cases per shard");
        }
        int[] sizes = [.. specs.Select(s => s.CaseCount(strategies, seeds))];
        Assert.True(sizes.Max() - sizes.Min() <= 1, string.Join(", ", sizes));
    }

    [Fact]
    public void Case_indices_are_seed_major_as_the_shard_assignment_assumes()
    {
        ExperimentDefinition definition = ExperimentsAssembly.Catalog().Find("category-scaling")!.Define(Budget.Smoke) with { Seeds = 3 };
        IReadOnlyList<RunCase> cases = definition.Cases();
        for (int i = 0; i < cases.Count; i++)
        {
            Assert.Equal(i / definition.Strategies.Count + 1, cases[i].Seed);
            Assert.Same(definition.Strategies[i % definition.Strategies.Count], cases[i].Strategy);
        }
    }

    /// <summary>4 strategies × 2 seeds in 2 shards: dealing the seed-major list gave each shard two whole strategies.</summary>
    [Fact]
    public void With_4_strategies_and_2_seeds_each_of_2_shards_runs_every_strategy()
    {
        using var temp = new TempDirectory();
        foreach (string shard in new[] { "1/2", "2/2" })
            Assert.Equal(0, CliRunner.Run("run", "category-scaling", "--budget", "smoke", "--seeds", "2", "--shard", shard, "--out", temp.Path).ExitCode);
        foreach (int i in new[] { 1, 2 })
        {
            RunManifest manifest = ResultsWriter.ReadManifest(temp[$"category-scaling.shard-{i}-of-2/{ArtifactNames.Manifest}"]);
            Assert.Equal(4, manifest.Strategies.Count);
            string[] strategies = [.. manifest.CaseStatus!.Keys.Select(k => k.Split('/')[0]).Distinct()];
            Assert.Equal(manifest.Strategies.Order(), strategies.Order());
            Assert.Equal(4, manifest.CaseStatus!.Count);
        }
    }
}
