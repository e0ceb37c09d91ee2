using IncrementalStudy.Experiments;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Cli;

/// <summary>An exception that escapes a command is reported as one line with its own exit code; --verbose adds the stack trace.</summary>
public class InternalErrorTests
{
    private const int InternalError = 4;
    private static readonly ExperimentCatalog Throwing = new([new ThrowingExperiment()]);

    [Fact]
    public void An_unexpected_exception_is_one_line_with_a_hint_and_exit_4()
    {
        using var temp = new TempDirectory();
        CliOutcome outcome = CliRunner.RunWith(Throwing, "run", "throwing", "--out", temp["out"]);

        Assert.Equal(InternalError, outcome.ExitCode);
        string error = outcome.Error.Trim();
        Assert.DoesNotContain('\n', error);
        Assert.Contains($"InvalidOperationException: {ThrowingExperiment.Message}", error);
        Assert.Contains("--verbose", error);
        Assert.DoesNotContain(" at ", error);
    }

    [Fact]
    public void With_verbose_the_stack_trace_follows()
    {
        using var temp = new TempDirectory();
        CliOutcome outcome = CliRunner.RunWith(Throwing, "run", "throwing", "--out", temp["out"], "--verbose");

        Assert.Equal(InternalError, outcome.ExitCode);
        Assert.Contains($"InvalidOperationException: {ThrowingExperiment.Message}", outcome.Error);
        Assert.Contains($"at {typeof(ThrowingExperiment).FullName}.{nameof(ThrowingExperiment.Define)}", outcome.Error);
    }

    [Fact]
    public void Verbose_is_accepted_by_every_command()
    {
        CliOutcome outcome = CliRunner.Run("list", "--verbose");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("seed-replication", outcome.Output);
    }
}
