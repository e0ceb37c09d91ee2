using System.CommandLine;
using System.CommandLine.Parsing;
using IncrementalStudy.Experiments;

namespace IncrementalStudy.Cli.Commands;

/// <summary>The <c>incstudy</c> command tree and its one entry point (used by the program and by the tests).</summary>
public static class CliApplication
{
    public const string VerboseOption = "--verbose";

    /// <summary>
    /// Parses and runs one command line. Parse errors exit with <see cref="ExitCodes.UsageError"/> (the parser's own code is 1,
    /// which is reserved for failed expectations); an exception that escapes a command is reported in one line with
    /// <see cref="ExitCodes.InternalError"/>, and with its stack trace under --verbose.
    /// </summary>
    public static int Run(ExperimentCatalog catalog, string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Read from the raw arguments so that it also applies when building or parsing the command line throws.
        bool verbose = args.Contains(VerboseOption);
        try
        {
            ParseResult parseResult = Build(catalog, args).Parse(args);
            var problems = new List<string>();
            problems.AddRange(parseResult.UnmatchedTokens.Select(t => Unknown(t, parseResult.CommandResult.Command)));
            // The parser reports each unmatched token as "Unrecognized command or argument 'x'" on its command; replaced by the lines above.
            problems.AddRange(parseResult.Errors
                .Where(e => !(e.SymbolResult is CommandResult && parseResult.UnmatchedTokens.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))))
                .Select(e => e.Message));
            if (parseResult.CommandResult.Command is RootCommand && problems.Count > 0)
                problems.Add($"Commands: {string.Join(", ", parseResult.RootCommandResult.Command.Subcommands.Select(c => c.Name))} (see 'incstudy --help').");
            if (problems.Count > 0)
            {
                foreach (string problem in problems.Distinct()) stderr.WriteLine(problem);
                return ExitCodes.UsageError;
            }
            // Signals are handled by 'run' itself (it finishes the running cases, then records the interruption), so the
            // parser's own termination timeout is switched off; exceptions are reported below instead of by the parser.
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = stdout, Error = stderr, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e)
        {
            Exception cause = e is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : e;
            string message = string.Join(' ', cause.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            stderr.WriteLine($"internal error: {cause.GetType().Name}: {message}" +
                             (verbose ? "" : $" (rerun with {VerboseOption} for the stack trace)"));
            if (verbose) stderr.WriteLine(cause);
            return ExitCodes.InternalError;
        }
    }

    public static RootCommand Build(ExperimentCatalog catalog, IReadOnlyList<string> args)
    {
        var root = new RootCommand("IncrementalStudy: when a classifier meets a new category, grow the shared softmax head or train one more one-vs-all model?");
        root.Options.Add(new Option<bool>(VerboseOption) { Description = "On an internal error, print the stack trace.", Recursive = true });
        root.Subcommands.Add(ListCommand.Create(catalog));
        root.Subcommands.Add(RunCommand.Create(catalog, "incstudy " + string.Join(' ', args)));
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(CheckCommand.Create(catalog));
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(MergeCommand.Create(catalog, "incstudy " + string.Join(' ', args)));
        root.Subcommands.Add(SlurmCommand.Create(catalog));
        root.Subcommands.Add(SweepCommand.Create(catalog, "incstudy " + string.Join(' ', args)));
        root.Subcommands.Add(AnswerCommand.Create(catalog));
        RejectUnknownOptions(root);
        return root;
    }

    /// <summary>
    /// A token like '--bogus' that matches no option is taken by the parser as an argument value (an experiment name, a
    /// folder) when the command has an argument; the user mistyped an option, so say that.
    /// </summary>
    private static void RejectUnknownOptions(Command command)
    {
        foreach (Argument argument in command.Arguments)
            argument.Validators.Add(result =>
            {
                foreach (Token token in result.Tokens.Where(t => LooksLikeOption(t.Value)))
                    result.AddError(Unknown(token.Value, command));
            });
        foreach (Command subcommand in command.Subcommands) RejectUnknownOptions(subcommand);
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';

    private static string Unknown(string token, Command command)
    {
        string help = command is RootCommand ? "incstudy --help" : $"incstudy {command.Name} --help";
        string what = LooksLikeOption(token) ? "unknown option" : command is RootCommand ? "unknown command" : "unexpected argument";
        return $"{what} '{token}' (see '{help}').";
    }
}
