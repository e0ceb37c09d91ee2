namespace IncrementalStudy.Cli.Commands;

/// <summary>
/// An exclusive lock on OUT/.NAME.lock while a run writes OUT/NAME. FileShare.None takes an OS lock (flock on Unix), so the
/// lock dies with the process and a killed run never blocks the next one.
/// </summary>
internal sealed class RunLock : IDisposable
{
    private readonly FileStream _stream;

    private RunLock(string path, FileStream stream)
    {
        Path = path;
        _stream = stream;
    }

    public string Path { get; }

    /// <summary>The lock file of a results folder OUT/NAME: OUT/.NAME.lock, the one <c>run</c> holds while it writes the folder.</summary>
    public static string PathFor(string folder)
    {
        string full = System.IO.Path.GetFullPath(folder).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, "." + System.IO.Path.GetFileName(full) + ".lock");
    }

    /// <summary>
    /// The lock of <paramref name="folder"/> for a command that rewrites it (merge, report), so it never writes under a
    /// running <c>run</c>; null when the folder's parent does not exist yet (no run can be writing there).
    /// </summary>
    public static RunLock? AcquireFor(string folder, string waitHint)
    {
        string path = PathFor(folder);
        if (!Directory.Exists(System.IO.Path.GetDirectoryName(path))) return null;
        return TryAcquire(path)
               ?? throw new Reporting.ResultsFolderException($"{folder} is being written by another incstudy run (it holds {path}); {waitHint}");
    }

    /// <summary>The lock, or null when another run (in this or another process) holds it.</summary>
    public static RunLock? TryAcquire(string path)
    {
        try
        {
            return new RunLock(path, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        // Deleted while still held, so no other run can lock the old file after we let go of it.
        try
        {
            File.Delete(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An empty lock file left behind is harmless.
        }
        _stream.Dispose();
    }
}
