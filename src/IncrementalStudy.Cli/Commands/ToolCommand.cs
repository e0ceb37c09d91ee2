namespace IncrementalStudy.Cli.Commands;

/// <summary>
/// The shell command that runs this very incstudy, for scripts that run elsewhere (Slurm): a bare "incstudy" is not on
/// PATH after the README's --tool-path install, and a batch job does not start in the submitting folder.
/// </summary>
public static class ToolCommand
{
    /// <summary>The running tool as an absolute, quoted command, or null when it cannot be told.</summary>
    public static string? OfRunningTool() => Resolve(Environment.ProcessPath, typeof(ToolCommand).Assembly.Location,
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"), File.Exists);

    /// <summary>
    /// The apphost (an installed tool, or bin/…/incstudy) when that is the process; under "dotnet incstudy.dll" (or a host
    /// such as a test runner) the dotnet executable followed by the dll; null when either is unknown or missing.
    /// </summary>
    public static string? Resolve(string? processPath, string cliAssembly, string? dotnetHostPath, Func<string, bool> exists)
    {
        if (cliAssembly.Length == 0) return null; // single-file publish: no dll to name
        string toolName = Path.GetFileNameWithoutExtension(cliAssembly);
        if (processPath is not null && Path.GetFileNameWithoutExtension(processPath) == toolName && exists(processPath))
            return ShellWords.Quote(Path.GetFullPath(processPath));
        string? dotnet = processPath is not null && Path.GetFileNameWithoutExtension(processPath) == "dotnet" ? processPath : dotnetHostPath;
        if (dotnet is null || !exists(dotnet) || !exists(cliAssembly)) return null;
        return $"{ShellWords.Quote(Path.GetFullPath(dotnet))} {ShellWords.Quote(Path.GetFullPath(cliAssembly))}";
    }
}
