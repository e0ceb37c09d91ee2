namespace IncrementalStudy.Cli.Commands;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A check found an expectation that does not hold.</summary>
    public const int ChecksFailed = 1;

    /// <summary>Bad input: unknown names, invalid values or definitions, unusable paths. Nothing is written.</summary>
    public const int UsageError = 2;
}
