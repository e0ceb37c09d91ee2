namespace IncrementalStudy.Tests.Support;

/// <summary>CSV text with wall-clock columns (names ending in _ms) and summary rows of timing metrics removed.</summary>
internal static class CsvComparison
{
    public static string WithoutTiming(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        int[] keep = [.. Enumerable.Range(0, header.Length).Where(i => !header[i].EndsWith("_ms", StringComparison.Ordinal))];
        int metric = Array.IndexOf(header, "metric");
        IEnumerable<string> rows = lines.Select(l => l.Split(','))
            .Where(f => metric < 0 || !f[metric].EndsWith("_ms", StringComparison.Ordinal))
            .Select(f => string.Join(',', keep.Select(i => f[i])));
        return string.Join('\n', rows);
    }
}
