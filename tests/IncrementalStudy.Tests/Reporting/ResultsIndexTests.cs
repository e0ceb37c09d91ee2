using IncrementalStudy.Reporting.Markdown;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Reporting;

/// <summary>results/README.md's table lists every committed folder with the numbers of its own summary.csv.</summary>
[Trait("Category", "Slow")] // reads every committed folder
public class ResultsIndexTests
{
    [Fact]
    public void The_results_index_table_is_generated_from_the_committed_folders()
    {
        string results = Path.Combine(RepositoryRoot.Path, "results");
        string[] lines = File.ReadAllLines(Path.Combine(results, "README.md"));
        int header = Array.IndexOf(lines, ResultsIndex.Header.Split('\n')[0]);
        Assert.True(header >= 0, "results/README.md has no index table");
        string[] rows = [.. lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|'))];
        // The committed order, read from the link of each row.
        string[] listed = [.. rows.Select(r => r[(r.IndexOf("[`", StringComparison.Ordinal) + 2)..r.IndexOf("`]", StringComparison.Ordinal)])];
        string[] folders = [.. Directory.GetDirectories(results).Select(Path.GetFileName).OfType<string>().Order()];
        Assert.Equal(folders, listed.Order());

        string expected = ResultsIndex.Table(results, listed);
        string actual = string.Join("\n", lines.Skip(header).Take(rows.Length + 2)) + "\n";
        Assert.True(expected == actual, $"results/README.md's table is stale; replace it with:\n{expected}");
    }
}
