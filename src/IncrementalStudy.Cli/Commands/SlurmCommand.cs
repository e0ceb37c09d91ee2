using System.CommandLine;
using System.Globalization;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Experiments;

namespace IncrementalStudy.Cli.Commands;

/// <summary>
/// Writes three scripts for a Slurm cluster: an sbatch array script (one shard per task), a merge job, and a submit script
/// that submits only the shards not finished yet, then the merge once they all ended. Every path is absolute, so the scripts
/// work from any folder, and rerunning the submit script is the whole recovery after a failed or cancelled task.
/// </summary>
public static class SlurmCommand
{
    public static Command Create(ExperimentCatalog catalog)
    {
        var name = new Argument<string>("experiment") { Description = "The experiment to run on the cluster." };
        var array = new Option<int>("--array") { Description = "Number of array tasks (shards).", Required = true, CustomParser = r => OptionValues.PositiveInt(r, "--array") };
        var output = new Option<string>("--out", "-o") { Description = "Results folder on the cluster's shared file system.", DefaultValueFactory = _ => "results" };
        var scripts = new Option<string>("--scripts") { Description = "Folder for the generated scripts and the jobs' logs.", DefaultValueFactory = _ => "slurm" };
        var budget = new Option<Budget>("--budget")
        {
            Description = "full (default) or smoke, passed to every shard.", HelpName = "full|smoke", DefaultValueFactory = _ => Budget.Full,
            CustomParser = OptionValues.Budget,
        };
        var seeds = new Option<int?>("--seeds", "-s")
        {
            Description = "Number of seeds, passed to every shard (default: the experiment's own at the chosen budget).",
            CustomParser = r => OptionValues.PositiveInt(r, "--seeds", DefinitionValidator.MaxSeeds),
        };
        var dataDir = new Option<string?>(DataLocation.OptionName) { Description = "Data folder on the cluster, passed to every shard (see 'run --help')." };
        var cpus = new Option<int>("--cpus")
        {
            Description = "CPUs per task (the shard's --threads).", DefaultValueFactory = _ => 2, CustomParser = r => OptionValues.PositiveInt(r, "--cpus"),
        };
        var time = new Option<string?>("--time") { Description = "Time limit per job (#SBATCH --time), e.g. 12:00:00.", CustomParser = SbatchValues.Time };
        var memory = new Option<string?>("--mem") { Description = "Memory per job (#SBATCH --mem), e.g. 8G.", CustomParser = SbatchValues.Memory };
        var partition = new Option<string?>("--partition") { Description = "Partition (#SBATCH --partition).", CustomParser = r => SbatchValues.Name(r, "--partition") };
        var account = new Option<string?>("--account") { Description = "Account to charge (#SBATCH --account).", CustomParser = r => SbatchValues.Name(r, "--account") };
        var extra = new Option<string[]>("--sbatch")
        {
            Description = "An extra #SBATCH option for both jobs, e.g. --sbatch=--qos=long (repeatable).", HelpName = "option",
            CustomParser = SbatchValues.Extra, Arity = ArgumentArity.ZeroOrMore,
        };
        var tool = new Option<string?>("--command")
        {
            Description = "How the jobs run incstudy, e.g. \"$HOME/.incstudy/incstudy\" (default: the absolute path of this incstudy).",
        };
        var command = new Command("slurm", "Write Slurm scripts: an array job running one shard per task, a merge job, and a submit script that resubmits only unfinished shards.")
        {
            name, array, output, scripts, budget, seeds, dataDir, cpus, time, memory, partition, account, extra, tool,
        };
        command.SetAction(parseResult =>
        {
            TextWriter stderr = parseResult.InvocationConfiguration.Error;
            string experimentName = parseResult.GetValue(name)!;
            if (catalog.Find(experimentName) is not { } experiment)
            {
                IReadOnlyList<string> suggestions = catalog.Suggest(experimentName);
                return Fail(stderr, $"Unknown experiment '{experimentName}'." +
                    (suggestions.Count > 0 ? $" Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?" : ""));
            }
            Budget chosenBudget = parseResult.GetValue(budget);
            ExperimentDefinition definition = experiment.Define(chosenBudget);
            if (parseResult.GetValue(seeds) is int seedCount) definition = definition with { Seeds = seedCount };
            int n = parseResult.GetValue(array), caseCount = definition.Cases().Count;
            if (n > caseCount)
                return Fail(stderr, $"--array {n} is more than the {caseCount} cases of '{experimentName}' (budget {chosenBudget.ToString().ToLowerInvariant()}, " +
                                    $"{definition.Seeds} seeds); use at most {caseCount}.");

            // Absolute but not symlink-resolved: the user's spelling is the one the compute nodes mount.
            string? folder = Absolute(parseResult.GetValue(scripts)), outRoot = Absolute(parseResult.GetValue(output));
            string? dataFolder = parseResult.GetValue(dataDir) is { } data ? Absolute(data) : null;
            if (folder is null) return Fail(stderr, "--scripts must name a folder, e.g. --scripts slurm.");
            if (SbatchValues.WhyNotInDirective(folder) is { } notInDirective) return Fail(stderr, $"--scripts '{folder}' {notInDirective}.");
            if (outRoot is null) return Fail(stderr, "--out must name a folder, e.g. --out /shared/results.");
            if (parseResult.GetValue(dataDir) is not null && dataFolder is null) return Fail(stderr, $"{DataLocation.OptionName} must name a folder.");
            string? run = parseResult.GetValue(tool) ?? ToolCommand.OfRunningTool();
            if (string.IsNullOrWhiteSpace(run))
                return Fail(stderr, "Cannot tell the path of this incstudy (not an apphost or incstudy.dll); pass --command, e.g. --command \"$HOME/.incstudy/incstudy\".");
            if (run.Any(char.IsControl)) return Fail(stderr, "--command must be one line.");

            var settings = new SlurmScripts(experimentName, n, outRoot, folder, run, chosenBudget.ToString().ToLowerInvariant(), parseResult.GetValue(seeds),
                dataFolder, parseResult.GetValue(cpus), definition.Hash(),
                [
                    .. Directive("time", parseResult.GetValue(time)), .. Directive("mem", parseResult.GetValue(memory)),
                    .. Directive("partition", parseResult.GetValue(partition)), .. Directive("account", parseResult.GetValue(account)),
                    .. parseResult.GetValue(extra) ?? [],
                ]);
            try
            {
                settings.Write();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Fail(stderr, $"Could not write the scripts to {folder} ({e.Message.TrimEnd('.')}).");
            }
            parseResult.InvocationConfiguration.Output.WriteLine(
                $"wrote {settings.RunScript}, {settings.MergeScript} and {settings.SubmitScript} ({n.ToString(CultureInfo.InvariantCulture)} shards of " +
                $"'{experimentName}' into {outRoot}); submit, and after a failed or cancelled task resubmit, with: bash {ShellWords.Word(settings.SubmitScript)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string? Absolute(string? path) =>
        string.IsNullOrWhiteSpace(path) || path.Any(char.IsControl) ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static IEnumerable<string> Directive(string option, string? value) => value is null ? [] : [$"--{option}={value}"];

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        return ExitCodes.UsageError;
    }
}
