using System.Text.Json.Nodes;
using IncrementalStudy.Reporting;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Expectations;

/// <summary>`check` fails a folder whose cases did not all complete, as `merge` records them (cases.csv and the manifest's case_status).</summary>
public class CaseStatusCheckTests
{
    private const string Failure = "diverged in phase 1: the loss became NaN at epoch 3, gradient step 70";

    /// <summary>Marks shared-head-keras2 / seed 3 failed where the given records of case status say so.</summary>
    private static void FailCase(string folder, bool inCases, bool inManifest)
    {
        if (inCases)
            CommittedCopy.Rewrite(Path.Combine(folder, ArtifactNames.Cases), lines => [.. lines.Select(l =>
                l == "seed-replication,shared-head-keras2,3,complete," ? $"seed-replication,shared-head-keras2,3,failed,\"{Failure}\"" : l)]);
        if (inManifest)
            EditManifest(folder, m => m["case_status"]!["shared-head-keras2/seed-3"] = "failed: " + Failure);
    }

    private static void EditManifest(string folder, Action<JsonNode> edit)
    {
        string path = Path.Combine(folder, ArtifactNames.Manifest);
        JsonNode manifest = JsonNode.Parse(File.ReadAllText(path))!;
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    [Theory]
    [InlineData(true, true)] // what merge writes for a diverged case
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_failed_case_fails_the_check(bool inCases, bool inManifest)
    {
        using var temp = new TempDirectory();
        string folder = CommittedCopy.Of(temp, "seed-replication", "failed");
        FailCase(folder, inCases, inManifest);
        CliOutcome outcome = CliRunner.Run("check", folder);
        Assert.True(outcome.ExitCode == 1, outcome.Output + outcome.Error);
        Assert.Contains("1 case(s) failed", outcome.Output.Split('\n').Single(l => l.Contains("every case completes")));
    }

    [Fact]
    public void Missing_cases_fail_the_check()
    {
        using var temp = new TempDirectory();
        string folder = CommittedCopy.Of(temp, "seed-replication", "missing");
        CommittedCopy.Rewrite(Path.Combine(folder, ArtifactNames.Cases), lines => [.. lines.Where(l => !l.StartsWith("seed-replication,ova-refit-x200,20,", StringComparison.Ordinal))]);
        EditManifest(folder, m => m["case_status"]!.AsObject().Remove("ova-refit-x200/seed-20"));
        CliOutcome outcome = CliRunner.Run("check", folder);
        Assert.True(outcome.ExitCode == 1, outcome.Output + outcome.Error);
        Assert.Contains("1 case(s) missing", outcome.Output.Split('\n').Single(l => l.Contains("every case completes")));
    }

    [Fact]
    public void Case_records_that_disagree_with_the_manifest_are_unusable_input()
    {
        using var temp = new TempDirectory();
        string folder = CommittedCopy.Of(temp, "seed-replication", "stranger");
        EditManifest(folder, m => m["case_status"]!["shared-head-keras2/seed-99"] = "complete");
        CliOutcome outcome = CliRunner.Run("check", folder);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("case_status names shared-head-keras2/seed-99", outcome.Error);
    }
}
