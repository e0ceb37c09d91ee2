namespace IncrementalStudy.Models;

/// <summary>Closes the scope <see cref="MultiplyAddCounter.Evaluating"/> opened (a struct: opening a scope allocates nothing).</summary>
internal readonly struct EvaluationScope : IDisposable
{
    public void Dispose() => MultiplyAddCounter.EndEvaluation();
}
