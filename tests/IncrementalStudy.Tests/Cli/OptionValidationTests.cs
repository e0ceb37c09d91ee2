using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Cli;

/// <summary>Every invalid option value, on every command, is unusable input: exit 2, one line naming the value, nothing written.</summary>
public class OptionValidationTests
{
    private const int UsageError = 2;

    [Theory]
    [InlineData("run continuity-zero-new --seeds 0", "--seeds must be at least 1 (got 0)")]
    [InlineData("run continuity-zero-new --seeds -1", "--seeds must be at least 1 (got -1)")]
    [InlineData("run continuity-zero-new --seeds abc", "--seeds 'abc' is not a whole number")]
    [InlineData("run continuity-zero-new --seeds 99999999999", "--seeds 99999999999 is above the maximum of 10000")]
    [InlineData("run continuity-zero-new --seeds 1000000000", "--seeds 1000000000 is above the maximum of 10000")]
    [InlineData("run continuity-zero-new --seeds 99999999999999999999", "--seeds 99999999999999999999 is above the maximum of 10000")]
    [InlineData("run continuity-zero-new --seeds -99999999999999999999", "--seeds must be at least 1 (got -99999999999999999999)")]
    [InlineData("run continuity-zero-new --seeds 2.5", "--seeds '2.5' is not a whole number")]
    [InlineData("run continuity-zero-new --threads 0", "--threads must be at least 1 (got 0)")]
    [InlineData("run continuity-zero-new --threads -1", "--threads must be at least 1 (got -1)")]
    [InlineData("run continuity-zero-new --shard 0/4", "--shard 0/4: need 1 ≤ i ≤ n")]
    [InlineData("run continuity-zero-new --shard 5/4", "--shard 5/4: need 1 ≤ i ≤ n")]
    [InlineData("run continuity-zero-new --shard 1/0", "--shard 1/0: need 1 ≤ i ≤ n")]
    [InlineData("run continuity-zero-new --shard abc", "--shard 'abc' is not of the form i/n")]
    [InlineData("run continuity-zero-new --budget nonsense", "--budget 'nonsense' is not a budget; use full or smoke")]
    [InlineData("run continuity-zero-new --budget 7", "--budget '7' is not a budget; use full or smoke")]
    [InlineData("run continuity-zero-new --bogus", "unknown option '--bogus'")]
    [InlineData("run --bogus continuity-zero-new", "unknown option '--bogus'")]
    [InlineData("slurm continuity-zero-new --array 2 --budget 7", "--budget '7' is not a budget; use full or smoke")]
    [InlineData("slurm continuity-zero-new --array 0", "--array must be at least 1 (got 0)")]
    [InlineData("slurm continuity-zero-new --array x", "--array 'x' is not a whole number")]
    [InlineData("slurm continuity-zero-new --array 2 --cpus 0", "--cpus must be at least 1 (got 0)")]
    [InlineData("slurm continuity-zero-new --array 2 --bogus", "unknown option '--bogus'")]
    [InlineData("slurm continuity-zero-new --array 81", "--array 81 is more than the 80 cases of 'continuity-zero-new'")]
    [InlineData("slurm continuity-zero-new --array 2 --seeds 0", "--seeds must be at least 1 (got 0)")]
    [InlineData("slurm continuity-zero-new --array 2 --time soon", "--time 'soon' is not a Slurm time")]
    [InlineData("slurm continuity-zero-new --array 2 --mem lots", "--mem 'lots' is not an amount")]
    [InlineData("slurm continuity-zero-new --array 2 --partition a;b", "--partition 'a;b' is not a name")]
    [InlineData("slurm continuity-zero-new --array 2 --account a\"b", "--account 'a\"b' is not a name")]
    [InlineData("slurm continuity-zero-new --array 2 --sbatch qos=long", "--sbatch 'qos=long' is not one sbatch option")]
    [InlineData("run continuity-zero-new --set epochs=abc", "--set epochs=abc: 'abc' is not a whole number")]
    [InlineData("run continuity-zero-new --set epohcs=2", "--set field 'epohcs' is not a field of 'continuity-zero-new'")]
    [InlineData("run continuity-zero-new --set epochs", "--set 'epochs' is not field=value")]
    [InlineData("run continuity-zero-new --set epochs=0", "Fit.Epochs is 0")]
    [InlineData("run continuity-zero-new --set name=other", "the experiment's name keys its random streams and cannot be set")]
    [InlineData("run continuity-zero-new --set zero-reset.Options.Init=sideways", "'sideways' is not one of zero, random")]
    [InlineData("run continuity-zero-new --set nobody.Optimizer.LearningRate=0.1", "is not a field of 'continuity-zero-new'")]
    [InlineData("run continuity-zero-new --set *.Options.Rehearsal.PerClass=3", "no strategy of 'continuity-zero-new' has the field Options.Rehearsal.PerClass")]
    [InlineData("sweep continuity-zero-new --vary epochs", "--vary 'epochs' is not field=v1,v2")]
    [InlineData("sweep continuity-zero-new --vary epochs=1,x", "--set epochs=x: 'x' is not a whole number")]
    [InlineData("sweep continuity-zero-new --vary lr=1", "--set field 'lr' is not a field of 'continuity-zero-new'")]
    [InlineData("sweep no-such-experiment --vary epochs=1", "Unknown experiment 'no-such-experiment'")]
    [InlineData("sweep continuity-zero-new --vary epochs=1,0", "The point epochs=0 of 'continuity-zero-new' is invalid: Fit.Epochs is 0")]
    [InlineData("bench --bogus", "unknown option '--bogus'")]
    [InlineData("check nowhere --bogus", "unknown option '--bogus'")]
    [InlineData("report nowhere --bogus", "unknown option '--bogus'")]
    [InlineData("merge nowhere nowhere.shard-1-of-2 --bogus", "unknown option '--bogus'")]
    [InlineData("list --bogus", "unknown option '--bogus'")]
    [InlineData("list extra", "unexpected argument 'extra'")]
    public void Invalid_values_exit_2_with_one_line_naming_the_value_and_write_nothing(string commandLine, string message)
    {
        using var temp = new TempDirectory();
        string outDir = temp["out"], scripts = temp["scripts"];
        List<string> args = [.. commandLine.Split(' ')];
        if (args[0] is "run" or "bench" or "slurm" or "sweep") args.AddRange(["--out", outDir]);
        if (args[0] is "slurm") args.AddRange(["--scripts", scripts]);

        CliOutcome outcome = CliRunner.Run([.. args]);

        Assert.Equal(UsageError, outcome.ExitCode);
        string error = outcome.Error.Trim();
        Assert.DoesNotContain('\n', error); // one line
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(outDir), "bad input must not create --out");
        Assert.False(Directory.Exists(scripts), "bad input must not create --scripts");
    }

    [Fact]
    public void An_unknown_command_is_named_and_the_commands_listed()
    {
        CliOutcome outcome = CliRunner.Run("runn");
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("unknown command 'runn'", outcome.Error);
        Assert.Contains("list, run, report", outcome.Error);
    }

    [Fact]
    public void Budget_names_are_case_insensitive()
    {
        using var temp = new TempDirectory();
        CliOutcome outcome = CliRunner.Run("slurm", "continuity-zero-new", "--array", "2", "--budget", "SMOKE", "--scripts", temp["scripts"]);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("--budget smoke", File.ReadAllText(Path.Combine(temp["scripts"], "continuity-zero-new.run.sbatch")));
    }

    [Fact]
    public void A_parse_error_names_no_stack_and_no_help_text()
    {
        CliOutcome outcome = CliRunner.Run("run", "continuity-zero-new", "--threads", "0");
        Assert.DoesNotContain("Usage:", outcome.Error + outcome.Output);
        Assert.DoesNotContain("   at ", outcome.Error);
    }
}
