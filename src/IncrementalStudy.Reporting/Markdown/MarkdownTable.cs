using System.Text;

namespace IncrementalStudy.Reporting.Markdown;

/// <summary>A GitHub-flavoured Markdown table.</summary>
internal static class MarkdownTable
{
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", header.Select(Escape))).Append(" |\n");
        text.Append('|').Append(string.Join("|", header.Select((_, i) => i == 0 ? "---" : "---:"))).Append("|\n");
        foreach (IReadOnlyList<string> row in rows)
            text.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        return text.ToString();
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
