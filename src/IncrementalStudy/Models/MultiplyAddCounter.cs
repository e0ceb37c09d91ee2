using System.Diagnostics;

namespace IncrementalStudy.Models;

/// <summary>
/// Per-thread running totals of the multiply-adds the layers issue to the GEMM (one multiply-add is one step of a GEMM;
/// biases, activations, losses and optimizers are not counted). Each layer adds the work of the GEMMs it calls from their
/// shapes (forward; kernel gradient; input gradient only when one is asked for), so counts are exact and deterministic.
/// Work done inside an <see cref="Evaluating"/> scope is evaluation (scoring with fixed weights: the per-epoch curves, the
/// step evaluations); everything else is training (optimizer steps, a teacher's outputs, a Fisher, herding features).
/// A case runs on one thread, so the difference of two <see cref="Snapshot"/>s taken on that thread around it is its work.
/// </summary>
internal static class MultiplyAddCounter
{
    [ThreadStatic] private static long t_training, t_evaluation, t_evaluationTicks, t_scopeStart;
    [ThreadStatic] private static int t_depth;

    /// <summary>This thread's totals since it started.</summary>
    public static MultiplyAddCounts Snapshot() => new(t_training, t_evaluation, t_evaluationTicks);

    /// <summary>Called by a layer for the GEMMs it just ran.</summary>
    internal static void Add(long multiplyAdds)
    {
        if (t_depth > 0) t_evaluation += multiplyAdds;
        else t_training += multiplyAdds;
    }

    /// <summary>
    /// Counts what runs until the returned scope is disposed as evaluation, and times it. Nested scopes count once.
    /// A struct, so opening one allocates nothing.
    /// </summary>
    public static EvaluationScope Evaluating()
    {
        if (t_depth++ == 0) t_scopeStart = Stopwatch.GetTimestamp();
        return default;
    }

    internal static void EndEvaluation()
    {
        if (--t_depth == 0) t_evaluationTicks += Stopwatch.GetTimestamp() - t_scopeStart;
    }
}
