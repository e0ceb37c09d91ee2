using System.CommandLine;
using IncrementalStudy.Reporting;

namespace IncrementalStudy.Cli.Commands;

public static class ReportCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "A results folder written by 'incstudy run' (e.g. results/seed-replication)." };
        var output = new Option<string?>("--out", "-o") { Description = "Write report.md and plots/ to this folder instead of DIR, which is then only read." };
        var command = new Command("report", "Redraw the figures and report.md of a results folder from its CSV files, without retraining.") { directory, output };
        command.SetAction(parseResult =>
        {
            string dir = parseResult.GetValue(directory)!;
            string target = parseResult.GetValue(output) ?? dir;
            TextWriter stderr = parseResult.InvocationConfiguration.Error;
            try
            {
                // Whichever folder is written must not be one a run is writing at the same time.
                using RunLock? held = RunLock.AcquireFor(target, "wait for it to finish, or give --out OTHER to write the report elsewhere.");
                if (parseResult.GetValue(output) is null) ResultsWriter.Redraw(dir);
                else ReportRedraw.Into(dir, target);
            }
            catch (ResultsFolderException e)
            {
                stderr.WriteLine(e.Message);
                return ExitCodes.UsageError;
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                stderr.WriteLine($"cannot write the report to {Path.GetFullPath(target)} ({e.Message}); " +
                                 "give --out OTHER to write report.md and plots/ to another folder.");
                return ExitCodes.UsageError;
            }
            parseResult.InvocationConfiguration.Output.WriteLine(
                $"wrote {Path.Combine(Path.GetFullPath(target), ArtifactNames.Report)} and {Path.Combine(Path.GetFullPath(target), ArtifactNames.PlotsFolder)}/");
            return ExitCodes.Success;
        });
        return command;
    }
}
