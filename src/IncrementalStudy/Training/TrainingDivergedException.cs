namespace IncrementalStudy.Training;

/// <summary>A fit whose batch loss became NaN or infinite; the case is stopped and recorded as failed.</summary>
internal sealed class TrainingDivergedException(int epoch, long step, double loss)
    : Exception($"the loss became {loss} at epoch {epoch}, gradient step {step}")
{
    public int Epoch { get; } = epoch;
    public long Step { get; } = step;
}
