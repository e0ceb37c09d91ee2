using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Csv;
using IncrementalStudy.Results;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Reporting;

/// <summary>Damaged results folders are unusable input (exit 2, one line naming file and line or field) for every reader, never a silent guess or a crash.</summary>
public class StrictInputTests
{
    private static void AssertUnusable(CliOutcome outcome, params string[] mentions)
    {
        Assert.True(outcome.ExitCode == 2, $"exit {outcome.ExitCode}\n{outcome.Output}\n{outcome.Error}");
        string line = Assert.Single(outcome.Error.TrimEnd('\n').Split('\n'));
        foreach (string mention in mentions) Assert.Contains(mention, line);
    }

    /// <summary>Lines of the committed seed-replication summary.csv, header included: its last line's number.</summary>
    private static int SummaryLines() =>
        File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "results", "seed-replication", ArtifactNames.Summary)).Length;

    private static string Damaged(TempDirectory temp, string file, Func<string[], string[]> lines)
    {
        string folder = CommittedCopy.Of(temp, "seed-replication", "damaged");
        CommittedCopy.Rewrite(Path.Combine(folder, file), lines);
        return folder;
    }

    [Theory]
    [InlineData("check")]
    [InlineData("report")]
    public void A_duplicated_summary_row_is_rejected(string command)
    {
        using var temp = new TempDirectory();
        string folder = Damaged(temp, ArtifactNames.Summary, lines => [.. lines, lines[1]]);
        AssertUnusable(CliRunner.Run(command, folder), $"summary.csv, line {SummaryLines() + 1}", "repeats the experiment, strategy and metric of line 2");
    }

    [Fact]
    public void A_last_line_with_missing_fields_is_rejected()
    {
        using var temp = new TempDirectory();
        string folder = Damaged(temp, ArtifactNames.Summary, lines => [.. lines[..^1], string.Join(',', lines[^1].Split(',')[..5])]);
        AssertUnusable(CliRunner.Run("check", folder), $"summary.csv, line {SummaryLines()}", "has 5 fields but 9 were expected");
    }

    [Fact]
    public void A_file_cut_inside_its_last_field_is_rejected()
    {
        using var temp = new TempDirectory();
        string folder = CommittedCopy.Of(temp, "seed-replication", "cut");
        string path = Path.Combine(folder, ArtifactNames.Summary);
        string text = File.ReadAllText(path);
        File.WriteAllText(path, text[..^4]); // the last number, cut, still parses; only the missing newline tells
        AssertUnusable(CliRunner.Run("check", folder), $"summary.csv, line {SummaryLines()}", "ends without a newline");
    }

    [Theory]
    [InlineData("\"0,8397\"")]
    [InlineData("1,234.5")]
    public void Numbers_must_be_invariant_without_thousands_separators(string mean)
    {
        using var temp = new TempDirectory();
        string path = temp["summary.csv"];
        File.WriteAllText(path, "experiment,strategy,metric,n,mean,std,sem,ci95_low,ci95_high\n" +
                                "e,a,m,3,0.8,0.01,0.004,0.79,0.81\n" +
                                $"e,b,m,3,{(mean.StartsWith('"') ? mean : $"\"{mean}\"")},0.01,0.004,0.79,0.81\n");
        var error = Assert.Throws<CsvFileException>(() => CsvFiles.Read<SummaryRecord>(path));
        Assert.Equal(3, error.Line);
        Assert.Contains("no thousands separators", error.Message);
    }

    [Theory]
    [InlineData("{}", "\"experiment\"")]
    [InlineData("null-strategies", "\"strategies\" is missing or null")]
    [InlineData("empty-strategies", "\"strategies\" is empty")]
    public void An_unusable_manifest_names_its_field(string damage, string mention)
    {
        using var temp = new TempDirectory();
        string folder = CommittedCopy.Of(temp, "seed-replication", "manifest");
        string path = Path.Combine(folder, ArtifactNames.Manifest);
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        string text = damage switch
        {
            "{}" => "{}",
            "null-strategies" => Edited(manifest, "strategies", null),
            _ => Edited(manifest, "strategies", new System.Text.Json.Nodes.JsonArray()),
        };
        File.WriteAllText(path, text);
        AssertUnusable(CliRunner.Run("report", folder), "manifest.json", mention);
        AssertUnusable(CliRunner.Run("check", folder), "manifest.json", mention);
    }

    private static string Edited(System.Text.Json.Nodes.JsonObject manifest, string field, System.Text.Json.Nodes.JsonNode? value)
    {
        manifest[field] = value;
        return manifest.ToJsonString();
    }

    [Fact]
    public void A_step_index_beyond_the_recorded_steps_is_rejected_before_drawing()
    {
        using var temp = new TempDirectory();
        string folder = Damaged(temp, ArtifactNames.AccuracyMatrix, lines =>
        {
            string[] fields = lines[1].Split(',');
            fields[3] = "100000"; // after_step
            return [lines[0], string.Join(',', fields), .. lines[2..]];
        });
        AssertUnusable(CliRunner.Run("report", folder), "accuracy_matrix.csv", "after_step 100000", "outside 1..2");
    }

    [Fact]
    public void Report_with_out_writes_elsewhere_and_leaves_the_folder_unchanged()
    {
        using var temp = new TempDirectory();
        string folder = CommittedCopy.Of(temp, "continuity-zero-new", "source"), elsewhere = temp["elsewhere"];
        foreach (string file in Directory.GetFiles(folder)) File.SetLastWriteTimeUtc(file, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        string[] before = CommittedCopy.Fingerprint(folder);

        CliOutcome outcome = CliRunner.Run("report", folder, "--out", elsewhere);

        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
        Assert.Equal(before, CommittedCopy.Fingerprint(folder));
        string committed = Path.Combine(RepositoryRoot.Path, "results", "continuity-zero-new");
        Assert.Equal(File.ReadAllText(Path.Combine(committed, ArtifactNames.Report)), File.ReadAllText(Path.Combine(elsewhere, ArtifactNames.Report)));
        Assert.Equal(Directory.GetFiles(Path.Combine(committed, ArtifactNames.PlotsFolder)).Select(Path.GetFileName).Order(),
            Directory.GetFiles(Path.Combine(elsewhere, ArtifactNames.PlotsFolder)).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void An_unwritable_report_target_says_to_use_out()
    {
        using var temp = new TempDirectory();
        string folder = CommittedCopy.Of(temp, "continuity-zero-new", "source"), blocked = temp["a-file"];
        File.WriteAllText(blocked, "not a folder");
        AssertUnusable(CliRunner.Run("report", folder, "--out", blocked), "cannot write the report", "--out");
    }
}
