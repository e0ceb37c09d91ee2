using System.Diagnostics;
using System.Reflection;

namespace IncrementalStudy.Reporting.Provenance;

/// <summary>Versions and source revision for the manifest.</summary>
internal static class ProvenanceInfo
{
    private static readonly string[] Tracked = ["incstudy", "IncrementalStudy", "IncrementalStudy.Reporting", "IncrementalStudy.Experiments",
        "MathNet.Numerics", "CsvHelper", "System.CommandLine", "ScottPlot"];

    /// <summary>Informational versions of the project's assemblies and packages loaded in this process.</summary>
    public static IReadOnlyDictionary<string, string> Versions()
    {
        // Touch the packages whose versions matter even if this process has not needed them yet.
        Assembly[] required = [typeof(MathNet.Numerics.Control).Assembly, typeof(CsvHelper.CsvWriter).Assembly, typeof(Experiments.ExperimentDefinition).Assembly];
        return AppDomain.CurrentDomain.GetAssemblies().Concat(required)
            .Where(a => Tracked.Contains(a.GetName().Name))
            .DistinctBy(a => a.GetName().Name)
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
            .ToDictionary(
                a => a.GetName().Name!,
                a => a.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? a.GetName().Version?.ToString() ?? "unknown");
    }

    /// <summary>The version of incstudy and its libraries as CHANGELOG.md names it, e.g. "0.2.0" (the informational version without "+commit").</summary>
    public static string ToolVersion()
    {
        string version = typeof(ProvenanceInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    /// <summary>HEAD of the git work tree containing <paramref name="directory"/>, with "-dirty" when it has changes; null without git.</summary>
    public static string? GitCommit(string directory)
    {
        string? head = Git(directory, "rev-parse HEAD");
        if (head is null) return null;
        string? status = Git(directory, "status --porcelain --untracked-files=no");
        return string.IsNullOrEmpty(status) ? head : head + "-dirty";
    }

    private static string? Git(string directory, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using Process? process = Process.Start(start);
            if (process is null) return null;
            string output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git not installed
        }
    }
}
