using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Reliability;

public class DivergenceTests
{
    [Fact]
    public void A_diverging_case_is_recorded_as_failed_and_the_others_finish()
    {
        ExperimentDefinition smoke = new SeedReplication().Define(Budget.Smoke);
        var exploding = new SharedHeadStrategy("exploding-sgd", new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Reset, Rehearsal.Naive),
            new OptimizerSpec(OptimizerKind.Sgd, 1e38));
        ExperimentDefinition definition = smoke with { Seeds = 2, Strategies = [smoke.Strategies[0], exploding], Contrasts = [] };

        ExperimentResult result = ExperimentRunner.Run(definition, threads: 2);

        CaseResult[] failed = [.. result.Cases.Where(c => c.Failed)];
        Assert.Equal(2, failed.Length);
        Assert.All(failed, c => Assert.Equal("exploding-sgd", c.Strategy));
        Assert.All(failed, c => Assert.Matches(@"diverged in phase 1: the loss became (NaN|∞|-?Infinity) at epoch \d+, gradient step \d+", c.Failure));
        Assert.All(result.Cases.Where(c => !c.Failed), c => Assert.NotEmpty(c.Metrics));
        Assert.DoesNotContain(result.Summary, s => s.Strategy == "exploding-sgd");
        Assert.Contains(result.Summary, s => s.Strategy == "shared-head-keras2" && s.N == 2);

        IReadOnlyList<CheckRecord> checks = ExpectationChecker.Check(definition.Name, [], result.Summary, result.Paired, failedCases: failed.Length);
        Assert.Equal("fail", checks.Single().Verdict);
        Assert.Contains("2 case(s) failed", checks.Single().Detail);

        ResultsTables tables = ResultsTables.From(result, SyntheticManifest(definition), checks);
        Assert.Equal(2, tables.Cases.Count(c => c.Status == "failed"));
    }

    private static RunManifest SyntheticManifest(ExperimentDefinition d) => new(d.Name, d.Description, "smoke", d.Summary(), d.Hash(), null, d.Seeds,
        [.. d.Strategies.Select(s => s.Name)], d.Cases().Count, 2, RunManifest.Complete, "test", null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch,
        MachineInfo.Current(), new Dictionary<string, string>());
}
