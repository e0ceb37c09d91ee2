using IncrementalStudy.Results;

namespace IncrementalStudy.Tests.Support;

/// <summary>CSV text "timing aside": the columns and the metric rows (metrics, summary, paired) that TimingRule names removed.</summary>
internal static class CsvComparison
{
    public static string WithoutTiming(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        int[] keep = [.. Enumerable.Range(0, header.Length).Where(i => !TimingRule.IsTiming(header[i]))];
        int metric = Array.IndexOf(header, "metric");
        IEnumerable<string> rows = lines.Select(l => l.Split(','))
            .Where(f => metric < 0 || !TimingRule.IsTiming(f[metric]))
            .Select(f => string.Join(',', keep.Select(i => f[i])));
        return string.Join('\n', rows);
    }
}
