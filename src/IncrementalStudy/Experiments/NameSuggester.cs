namespace IncrementalStudy.Experiments;

/// <summary>"Did you mean …" for mistyped names: the known names closest by edit distance, or containing the typed text.</summary>
internal static class NameSuggester
{
    public static IReadOnlyList<string> Suggest(string typed, IEnumerable<string> known, int maximum = 3)
    {
        string lowered = typed.ToLowerInvariant();
        return
        [
            .. known
                .Select(name => (name, distance: EditDistance(lowered, name)))
                .Where(x => x.distance <= Math.Max(2, x.name.Length / 3) || x.name.Contains(lowered, StringComparison.Ordinal) && lowered.Length >= 3)
                .OrderBy(x => x.distance).ThenBy(x => x.name, StringComparer.Ordinal)
                .Take(maximum)
                .Select(x => x.name),
        ];
    }

    /// <summary>Levenshtein distance.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
