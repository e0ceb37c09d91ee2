namespace IncrementalStudy.Cli.Commands;

/// <summary>The documented exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A check found an expectation that does not hold (and only that).</summary>
    public const int ChecksFailed = 1;

    /// <summary>Bad input: unknown names or options, invalid values or definitions, unusable paths. Nothing is written.</summary>
    public const int UsageError = 2;

    /// <summary>A signal stopped 'run'; finished cases are kept for --resume.</summary>
    public const int Interrupted = 3;

    /// <summary>An unexpected exception (a bug): reported in one line, with the stack trace under --verbose.</summary>
    public const int InternalError = 4;
}
