using System.CommandLine;
using IncrementalStudy.Reporting;

namespace IncrementalStudy.Cli.Commands;

public static class ReportCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "A results folder written by 'incstudy run' (e.g. results/seed-replication)." };
        var command = new Command("report", "Redraw the figures and report.md of a results folder from its CSV files, without retraining.") { directory };
        command.SetAction(parseResult =>
        {
            string dir = parseResult.GetValue(directory)!;
            try
            {
                ResultsWriter.Redraw(dir);
            }
            catch (ResultsFolderException e)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(e.Message);
                return ExitCodes.UsageError;
            }
            parseResult.InvocationConfiguration.Output.WriteLine(
                $"wrote {Path.Combine(Path.GetFullPath(dir), ArtifactNames.Report)} and {Path.Combine(Path.GetFullPath(dir), ArtifactNames.PlotsFolder)}/");
            return ExitCodes.Success;
        });
        return command;
    }
}
