using System.CommandLine;
using IncrementalStudy.Data.Loading;
using IncrementalStudy.Experiments;
using IncrementalStudy.Reporting;
using IncrementalStudy.Running;

namespace IncrementalStudy.Cli.Commands;

/// <summary><c>incstudy sweep NAME --vary field=v1,v2 …</c>: <see cref="Sweep.Run"/> from the command line.</summary>
public static class SweepCommand
{
    public static Command Create(ExperimentCatalog catalog, string commandLine)
    {
        var name = new Argument<string>("experiment") { Description = "The experiment whose definition is varied (see 'incstudy list')." };
        var vary = new Option<string[]>("--vary")
        {
            Description = "field=v1,v2,…: a field of the definition and its values (as --set takes them); repeat for a grid over several fields.",
            Required = true,
        };
        var set = new Option<string[]>("--set") { Description = "field=value: fixed for every point (as 'run --set')." };
        var output = new Option<string>("--out", "-o") { Description = "Folder that receives one sub-folder per point and NAME+sweep-FIELD/ (default: runs).", DefaultValueFactory = _ => "runs" };
        var seeds = new Option<int?>("--seeds", "-s")
        {
            Description = "Number of seeds (default: the experiment's own).", CustomParser = r => OptionValues.PositiveInt(r, "--seeds", DefinitionValidator.MaxSeeds),
        };
        var threads = new Option<int>("--threads", "-t")
        {
            Description = "Cases run in parallel (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = r => OptionValues.PositiveInt(r, "--threads"),
        };
        var budget = new Option<Budget>("--budget")
        {
            Description = "full (default) or smoke.", HelpName = "full|smoke", DefaultValueFactory = _ => Budget.Full, CustomParser = OptionValues.Budget,
        };
        var command = new Command("sweep", "Run an experiment at every point of a grid over its fields, then compare the points (NAME+sweep/sensitivity.md).")
        {
            name, vary, set, output, seeds, threads, budget,
        };
        command.SetAction(parseResult =>
        {
            TextWriter stdout = parseResult.InvocationConfiguration.Output, stderr = parseResult.InvocationConfiguration.Error;
            string experimentName = parseResult.GetValue(name)!;
            if (catalog.Find(experimentName) is not { } experiment)
            {
                stderr.WriteLine(catalog.Unknown(experimentName));
                return ExitCodes.UsageError;
            }
            try
            {
                ExperimentDefinition definition = experiment.Define(parseResult.GetValue(budget));
                if (parseResult.GetValue(seeds) is int seedCount) definition = definition with { Seeds = seedCount };
                foreach (string assignment in parseResult.GetValue(set) ?? []) definition = DefinitionOverrides.Apply(definition, assignment);
                SweepAxis[] axes = [.. (parseResult.GetValue(vary) ?? []).Select(Axis)];
                SweepOutcome outcome = Sweep.Run(definition, axes, parseResult.GetValue(output)!, parseResult.GetValue(threads), commandLine);
                foreach (StudyOutcome point in outcome.Points) stdout.WriteLine($"wrote {point.Folder}");
                stdout.WriteLine($"wrote {outcome.Folder}/{SensitivityReport.PageFile}: the ranking {(outcome.RankingHolds ? "holds" : "does not hold")} across {outcome.Points.Count} points.");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is ArgumentException or ResultsFolderException or DataFormatException or Data.Sources.DatasetUnavailableException)
            {
                stderr.WriteLine(string.Join(' ', e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
                return ExitCodes.UsageError;
            }
        });
        return command;
    }

    private static SweepAxis Axis(string text)
    {
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        string[] values = equals > 0 ? [.. text[(equals + 1)..].Split(',').Select(v => v.Trim())] : [];
        if (equals <= 0 || values.Length == 0 || values.Any(v => v.Length == 0))
            throw new ArgumentException($"--vary '{text}' is not field=v1,v2,… (e.g. --vary epochs=10,20).");
        return new SweepAxis(text[..equals].Trim(), values);
    }
}
