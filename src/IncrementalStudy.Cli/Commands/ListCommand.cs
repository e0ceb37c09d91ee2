using System.CommandLine;
using IncrementalStudy.Experiments;

namespace IncrementalStudy.Cli.Commands;

public static class ListCommand
{
    public static Command Create(ExperimentCatalog catalog)
    {
        var command = new Command("list", "List the experiments with a one-line description.");
        command.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            int width = catalog.All.Max(e => e.Name.Length);
            foreach (IExperiment experiment in catalog.All)
                output.WriteLine($"{experiment.Name.PadRight(width)}  {experiment.Description}");
            return ExitCodes.Success;
        });
        return command;
    }
}
