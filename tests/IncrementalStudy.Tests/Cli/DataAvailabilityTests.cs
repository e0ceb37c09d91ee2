using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Reporting;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Cli;

/// <summary>What 'run' does when a data set is missing, damaged or kept elsewhere. Nothing slow runs: missing data stops before training.</summary>
public class DataAvailabilityTests
{
    [Fact]
    public void Run_all_skips_an_experiment_whose_data_is_missing_runs_the_rest_reports_the_skip_and_exits_0()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp["empty"]);
        var catalog = new ExperimentCatalog([new ContinuityZeroNew(), new FixedBudgetExperiment(new SplitFashionMnist(), Budget.Full)]);
        CliOutcome outcome = CliRunner.RunWith(catalog, "run", "--all", "--budget", "smoke", "--check", "--data-dir", temp["empty"], "--out", temp["out"]);
        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}:\n{outcome.Output}\n{outcome.Error}");
        Assert.True(File.Exists(Path.Combine(temp["out"], "continuity-zero-new", ArtifactNames.Manifest)), outcome.Output);
        Assert.False(Directory.Exists(Path.Combine(temp["out"], "split-fashion-mnist")));
        string summary = outcome.Output[outcome.Output.LastIndexOf("Skipped", StringComparison.Ordinal)..];
        Assert.StartsWith("Skipped 1 experiment(s) whose data is not on this machine:", summary);
        Assert.Contains("split-fashion-mnist: Full Fashion-MNIST is not installed", summary);
        Assert.Contains("sudo apt-get install dataset-fashion-mnist", summary);
    }

    [Fact]
    public void Naming_an_experiment_whose_data_is_missing_exits_2_with_the_install_line_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp["empty"]);
        CliOutcome outcome = CliRunner.Run("run", "split-fashion-mnist", "--data-dir", temp["empty"], "--out", temp["out"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("sudo apt-get install dataset-fashion-mnist", outcome.Error);
        Assert.Contains("--data-dir or INCSTUDY_DATA_DIR", outcome.Error);
        Assert.Contains(Path.Combine(temp["empty"], "fashion-mnist"), outcome.Error);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Corrupt_data_file_exits_2_with_one_line_naming_the_file_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        IdxFiles.WriteFashionLayout(temp["data"], trainCount: 10, testCount: 10, gzipped: true);
        string corrupt = Path.Combine(temp["data"], "train-labels-idx1-ubyte.gz");
        File.WriteAllBytes(corrupt, IdxFiles.CorruptGzip());
        CliOutcome outcome = CliRunner.Run("run", "split-fashion-mnist", "--data-dir", temp["data"], "--out", temp["out"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"split-fashion-mnist: {corrupt}: gzip data: is corrupt", outcome.Error.Trim()[..($"split-fashion-mnist: {corrupt}: gzip data: is corrupt".Length)]);
        Assert.Single(outcome.Error.Trim().Split('\n'));
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Data_dir_that_is_not_a_folder_is_rejected()
    {
        using var temp = new TempDirectory();
        CliOutcome outcome = CliRunner.Run("run", "continuity-zero-new", "--data-dir", temp["nowhere"], "--out", temp["out"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"--data-dir '{temp["nowhere"]}' is not a folder.", outcome.Error);
        Assert.False(Directory.Exists(temp["out"]));
    }
}
