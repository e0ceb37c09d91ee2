using System.Diagnostics;
using IncrementalStudy.Reporting;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Extending;

/// <summary>The README's single-file experiment runs from outside the repository and writes a complete results folder.</summary>
public class SingleFileExperimentTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_example_file_runs_with_dotnet_run_and_writes_a_results_folder_whose_checks_pass()
    {
        using var temp = new TempDirectory();
        string source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "experiments", "single-file", "my-study.cs"));
        string project = Path.Combine(RepositoryRoot.Path, "src", "IncrementalStudy.Running");
        Assert.StartsWith("#:project ../../src/IncrementalStudy.Running\n", source);
        string file = temp["my-study.cs"];
        File.WriteAllText(file, source.Replace("#:project ../../src/IncrementalStudy.Running", "#:project " + project));

        var start = new ProcessStartInfo("dotnet", ["run", file, "--", temp["out"], "2"])
        {
            WorkingDirectory = temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        Task<string> readOutput = process.StandardOutput.ReadToEndAsync(), readError = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        string output = await readOutput, error = await readError;
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}:\n{output}\n{error}");

        string folder = temp["out/my-study"];
        Assert.True(File.Exists(Path.Combine(folder, ArtifactNames.Report)), output);
        // `incstudy check` knows only the built-in experiments; the file's own expectations were checked when it ran.
        IReadOnlyList<CheckRecord> checks = TableReader.Read(folder, StandardTables.Checks);
        Assert.Equal(2, checks.Count); // every case completes, and the file's one bound
        Assert.All(checks, c => Assert.Equal("pass", c.Verdict));
        Assert.Equal(2 * 2, TableReader.Read(folder, StandardTables.Cases).Count); // 2 strategies × 2 seeds
        Assert.True(File.Exists(Path.Combine(folder, ArtifactNames.PlotsFolder, "learning_curves.png")));
    }
}
