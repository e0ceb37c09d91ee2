using System.Diagnostics;

namespace IncrementalStudy.Models;

/// <summary>
/// Work done by the matrix kernels on one thread, for cost accounting: multiply-adds of <see cref="Mlp"/> passes (a
/// multiply-add is one step of a GEMM; biases and activations are not counted), split into training (forward passes that a
/// backward pass followed, and the backward passes) and evaluation (forward-only passes: scoring, features), plus the
/// time spent in <see cref="Training.Trainer.Logits"/> (all evaluation goes through it). Exact and deterministic: the
/// counts depend on shapes only.
/// </summary>
internal readonly record struct MultiplyAddCounts(long Training, long Evaluation, long EvaluationTicks)
{
    public long Total => Training + Evaluation;
    public double EvaluationSeconds => EvaluationTicks / (double)Stopwatch.Frequency;

    public static MultiplyAddCounts operator -(MultiplyAddCounts after, MultiplyAddCounts before) =>
        new(after.Training - before.Training, after.Evaluation - before.Evaluation, after.EvaluationTicks - before.EvaluationTicks);
}

/// <summary>
/// Per-thread running totals of <see cref="MultiplyAddCounts"/>. A case runs on one thread, so the difference of two
/// <see cref="Snapshot"/>s taken on that thread around it is the case's work, whatever other threads do.
/// </summary>
internal static class MultiplyAddCounter
{
    [ThreadStatic] private static long t_forward, t_trainingForward, t_backward, t_evaluationTicks;

    /// <summary>This thread's totals since it started.</summary>
    public static MultiplyAddCounts Snapshot() => new(t_trainingForward + t_backward, t_forward - t_trainingForward, t_evaluationTicks);

    internal static void Forward(long multiplyAdds) => t_forward += multiplyAdds;

    /// <summary>A backward pass: its own multiply-adds, and the forward pass it followed becomes training work.</summary>
    internal static void Backward(long forwardMultiplyAdds, long backwardMultiplyAdds)
    {
        t_trainingForward += forwardMultiplyAdds;
        t_backward += backwardMultiplyAdds;
    }

    public static void AddEvaluationTicks(long ticks) => t_evaluationTicks += ticks;
}
