using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Results;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Expectations;

/// <summary>Every shipped experiment at its smoke budget, through the CLI, must meet the expectations it declares for that budget.</summary>
public class SmokeGuardTests
{
    public static TheoryData<string> Experiments() => [.. ExperimentsAssembly.Catalog().All.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Experiments))]
    public void Smoke_budget_meets_its_expectations(string experiment)
    {
        using var temp = new TempDirectory();
        CliOutcome outcome = CliRunner.Run("run", experiment, "--budget", "smoke", "--check", "--out", temp.Path);
        IReadOnlyList<CheckRecord> checks = CsvFiles.Read<CheckRecord>(Path.Combine(temp.Path, experiment, ArtifactNames.Checks));
        Assert.NotEmpty(checks);
        Assert.True(outcome.ExitCode == 0, $"{experiment} smoke run failed:\n{outcome.Output}\n{outcome.Error}");
        Assert.All(checks, c => Assert.Equal("pass", c.Verdict));
    }
}
