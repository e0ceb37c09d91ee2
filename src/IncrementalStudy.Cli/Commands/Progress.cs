using System.Diagnostics;
using IncrementalStudy.Results;

namespace IncrementalStudy.Cli.Commands;

/// <summary>Cases done / total, elapsed and ETA: one updating line on an interactive terminal, one line per case otherwise.</summary>
internal sealed class Progress(TextWriter output, int total, int alreadyDone)
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly bool _interactive = ReferenceEquals(output is HeldOutput held ? held.Target : output, Console.Out) && !Console.IsOutputRedirected;
    private int _done = alreadyDone, _newlyDone;

    public void CaseFinished(CaseResult result)
    {
        _done++;
        _newlyDone++;
        double elapsed = _elapsed.Elapsed.TotalSeconds;
        double eta = elapsed / _newlyDone * (total - _done);
        string status = result.Failed ? $"FAILED ({result.Failure})" : "done";
        string line = $"  [{_done}/{total}] {result.Strategy} seed {result.Seed} {status}; elapsed {elapsed:F1} s, ETA {eta:F0} s";
        if (_interactive) output.Write("\r" + line.PadRight(Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 160) : 100));
        else output.WriteLine(line);
    }

    public void Done()
    {
        if (_interactive && _newlyDone > 0) output.WriteLine();
    }
}
