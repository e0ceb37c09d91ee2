using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Reliability;

/// <summary>answer and sweep replace only what they wrote: a page or folder of the user's stops them with the way out.</summary>
public class AnswerAndSweepOwnershipTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Answer_refuses_to_replace_a_readme_it_did_not_write_and_writes_one_it_did()
    {
        using var temp = new TempDirectory();
        string results = temp["results"];
        CommittedCopy.Of(temp, "continuity-zero-new", Path.Combine("results", "continuity-zero-new"));
        string page = Path.Combine(results, "README.md");
        File.WriteAllText(page, "# my notes\n");

        CliOutcome refused = CliRunner.Run("answer", results);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("was not written by incstudy answer; move it away", refused.Error);
        Assert.DoesNotContain("   at ", refused.Error);
        Assert.Equal("# my notes\n", File.ReadAllText(page));

        File.Delete(page);
        Assert.Equal(0, CliRunner.Run("answer", results).ExitCode);
        Assert.Equal(0, CliRunner.Run("answer", results).ExitCode); // its own page is replaced
        Assert.Equal(0, CliRunner.Run("answer", results, "--check").ExitCode);
    }

    [Fact]
    public void Sweep_refuses_a_sweep_folder_holding_files_it_does_not_write_before_running_anything()
    {
        using var temp = new TempDirectory();
        string sweepFolder = temp[Path.Combine("out", "continuity-zero-new+sweep-epochs")];
        Directory.CreateDirectory(sweepFolder);
        File.WriteAllText(Path.Combine(sweepFolder, "notes.md"), "mine");

        CliOutcome outcome = CliRunner.Run("sweep", "continuity-zero-new", "--budget", "smoke", "--vary", "epochs=1,2", "--out", temp["out"]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("notes.md, which a sweep does not write", outcome.Error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(sweepFolder, "notes.md")));
        Assert.Equal([sweepFolder], Directory.GetDirectories(temp["out"])); // no point was run
    }
}
