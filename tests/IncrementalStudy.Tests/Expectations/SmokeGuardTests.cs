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
        string checksPath = Path.Combine(temp.Path, experiment, ArtifactNames.Checks);
        // A run that could not start (e.g. a data set missing) writes no folder: show its message, not a missing-file error.
        Assert.True(File.Exists(checksPath), $"{experiment} smoke run wrote no checks (exit {outcome.ExitCode}):\n{outcome.Output}\n{outcome.Error}");
        IReadOnlyList<CheckRecord> checks = CsvFiles.Read<CheckRecord>(checksPath);
        Assert.NotEmpty(checks);
        Assert.True(outcome.ExitCode == 0, $"{experiment} smoke run failed:\n{outcome.Output}\n{outcome.Error}");
        Assert.All(checks, c => Assert.Equal("pass", c.Verdict));
    }
}
