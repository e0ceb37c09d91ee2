namespace IncrementalStudy.Cli.Commands;

/// <summary>A path made absolute with every symlink resolved, so two spellings of one folder compare equal.</summary>
internal static class ResolvedPath
{
    /// <summary>The resolved path of <paramref name="value"/>, or null with a one-line reason (empty, symlink loop, …).</summary>
    public static string? TryResolve(string value, out string problem)
    {
        problem = "";
        if (string.IsNullOrWhiteSpace(value))
        {
            problem = "is empty";
            return null;
        }
        try
        {
            return Resolve(Path.GetFullPath(value), depth: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"cannot be resolved ({e.Message.TrimEnd('.')})";
            return null;
        }
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies inside it (both resolved).</summary>
    public static bool IsSameOrInside(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Resolve(string full, int depth)
    {
        if (depth > 40) throw new IOException("too many levels of symbolic links");
        string root = Path.GetPathRoot(full)!, current = root;
        foreach (string part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.LinkTarget is null) continue;
            FileSystemInfo? final = info.ResolveLinkTarget(returnFinalTarget: true);
            // The target's own parent folders may be symlinks too.
            if (final is not null) current = Resolve(final.FullName, depth + 1);
        }
        return current;
    }
}
