using System.Diagnostics;

namespace IncrementalStudy.Training;

/// <summary>
/// What the fits on one thread cost, split into the optimizer loop and the per-epoch evaluations: wall-clock time of the
/// evaluations and multiply-adds of both. Ambient (one per thread, opened by the case loop around a learner's training) so
/// that every learner's calls of <see cref="Trainer.Fit"/> are counted without each learner passing it along; a case runs on
/// one thread. Training multiply-adds are counted as 3 × the forward count per sample presentation (forward, weight
/// gradients, input gradients), an upper bound by the first layer's input gradient, which is not computed.
/// </summary>
internal sealed class FitLedger : IDisposable
{
    [ThreadStatic] private static FitLedger? _current;
    private readonly FitLedger? _outer;
    private long _evaluationTicks;
    private int _evaluating;

    private FitLedger(FitLedger? outer) => _outer = outer;

    /// <summary>The ledger open on this thread, or null.</summary>
    public static FitLedger? Current => _current;

    /// <summary>Opens a ledger on this thread until disposed.</summary>
    public static FitLedger Open() => _current = new FitLedger(_current);

    public double EvaluationMs => Stopwatch.GetElapsedTime(0, _evaluationTicks).TotalMilliseconds;
    public long TrainingMultiplyAdds { get; private set; }
    public long EvaluationMultiplyAdds { get; private set; }

    internal void AddTraining(long multiplyAdds) => TrainingMultiplyAdds += multiplyAdds;

    /// <summary>Counts a forward pass of <paramref name="multiplyAdds"/> when it is part of an evaluation.</summary>
    internal void AddForward(long multiplyAdds)
    {
        if (_evaluating > 0) EvaluationMultiplyAdds += multiplyAdds;
    }

    /// <summary>Times <paramref name="evaluation"/> (nested evaluations count once).</summary>
    internal T Evaluate<T>(Func<T> evaluation)
    {
        long start = Stopwatch.GetTimestamp();
        _evaluating++;
        try
        {
            return evaluation();
        }
        finally
        {
            if (--_evaluating == 0) _evaluationTicks += Stopwatch.GetTimestamp() - start;
        }
    }

    public void Dispose() => _current = _outer;
}
