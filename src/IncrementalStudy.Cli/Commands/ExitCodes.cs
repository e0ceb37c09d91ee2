namespace IncrementalStudy.Cli.Commands;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad input: unknown names, invalid values or definitions, unusable paths. Nothing is written.</summary>
    public const int UsageError = 2;
}
