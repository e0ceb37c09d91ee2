namespace IncrementalStudy.Tests.Support;

/// <summary>Copies of committed results folders to damage, and a fingerprint that shows whether a command wrote to a folder.</summary>
internal static class CommittedCopy
{
    public static string Of(TempDirectory temp, string experiment, string name)
    {
        string source = Path.Combine(RepositoryRoot.Path, "results", experiment), copy = temp[name];
        Directory.CreateDirectory(copy);
        foreach (string file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }

    /// <summary>Every file's relative path, bytes and write time: a rewrite with identical bytes still changes the time.</summary>
    public static string[] Fingerprint(string folder) =>
    [
        .. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f =>
            $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))} " +
            $"{File.GetLastWriteTimeUtc(f).Ticks}"),
        .. Directory.GetDirectories(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(d => Path.GetRelativePath(folder, d) + "/"),
    ];

    public static void Rewrite(string path, Func<string[], string[]> lines) =>
        File.WriteAllText(path, string.Join('\n', lines(File.ReadAllText(path).TrimEnd('\n').Split('\n'))) + "\n");
}
