using System.CommandLine;
using IncrementalStudy.Cli.Commands;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;

namespace IncrementalStudy.Tests.Support;

public sealed record CliOutcome(int ExitCode, string Output, string Error);

internal static class CliRunner
{
    public static CliOutcome Run(params string[] args) => Run(ExperimentsAssembly.Catalog(), args);

    public static CliOutcome Run(ExperimentCatalog catalog, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = CliApplication.Build(catalog, args).Parse(args)
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }
}
