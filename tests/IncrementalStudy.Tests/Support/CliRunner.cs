using IncrementalStudy.Cli.Commands;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;

namespace IncrementalStudy.Tests.Support;

public sealed record CliOutcome(int ExitCode, string Output, string Error);

/// <summary>Runs the CLI in-process through the same entry point as the program, last-resort handler included.</summary>
internal static class CliRunner
{
    public static CliOutcome Run(params string[] args) => RunWith(ExperimentsAssembly.Catalog(), args);

    public static CliOutcome RunWith(ExperimentCatalog catalog, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = CliApplication.Run(catalog, args, output, error);
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }
}
