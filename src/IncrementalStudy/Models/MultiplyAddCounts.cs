using System.Diagnostics;

namespace IncrementalStudy.Models;

/// <summary>
/// Work done by the matrix kernels on one thread (see <see cref="MultiplyAddCounter"/>): multiply-adds counted by the layers
/// that call the GEMM, split into training and evaluation, and the time spent evaluating.
/// </summary>
internal readonly record struct MultiplyAddCounts(long Training, long Evaluation, long EvaluationTicks)
{
    public long Total => Training + Evaluation;
    public double EvaluationSeconds => EvaluationTicks / (double)Stopwatch.Frequency;
    public double EvaluationMs => EvaluationSeconds * 1000;

    public static MultiplyAddCounts operator -(MultiplyAddCounts after, MultiplyAddCounts before) =>
        new(after.Training - before.Training, after.Evaluation - before.Evaluation, after.EvaluationTicks - before.EvaluationTicks);
}
