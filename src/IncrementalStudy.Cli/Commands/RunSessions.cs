namespace IncrementalStudy.Cli.Commands;

/// <summary>The sessions of one 'run' command; disposing releases their locks, also when a later session refuses to start.</summary>
internal sealed class RunSessions(IEnumerable<RunSession> sessions) : List<RunSession>(sessions), IDisposable
{
    public void Dispose()
    {
        foreach (RunSession session in this) session.Dispose();
    }
}
