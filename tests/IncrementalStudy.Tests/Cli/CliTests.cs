using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Cli;

public class CliTests
{
    [Fact]
    public void List_prints_every_experiment_with_its_description()
    {
        CliOutcome outcome = CliRunner.Run("list");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("seed-replication", outcome.Output);
        Assert.Contains("continuity-zero-new", outcome.Output);
        Assert.Contains("one-vs-all", outcome.Output);
    }

    [Fact]
    public void Unknown_name_gets_a_suggestion_a_nonzero_exit_and_nothing_written()
    {
        using var temp = new TempDirectory();
        string outDir = temp["out"];
        CliOutcome outcome = CliRunner.Run("run", "seed-replication", "continuity-zero-nwe", "--out", outDir);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Did you mean 'continuity-zero-new'?", outcome.Error);
        Assert.False(Directory.Exists(outDir), "a run with a bad name must not start any experiment");
    }

    [Fact]
    public void Run_without_names_or_all_explains_what_to_do()
    {
        CliOutcome outcome = CliRunner.Run("run");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--all", outcome.Error);
    }

    [Fact]
    public void Out_path_that_is_a_file_is_rejected_before_running()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp["file"], "x");
        CliOutcome outcome = CliRunner.Run("run", "continuity-zero-new", "--seeds", "1", "--out", temp["file"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("is a file", outcome.Error);
        Assert.Equal("x", File.ReadAllText(temp["file"]));
    }
}
