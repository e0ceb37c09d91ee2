namespace IncrementalStudy.Training;

/// <summary>SGD with optional momentum, PyTorch form: b = μ·b + g; p -= lr·b.</summary>
public sealed class Sgd(double learningRate, double momentum) : Optimizer
{
    private readonly float _learningRate = (float)learningRate;
    private readonly float _momentum = (float)momentum;

    protected override int SlotCount => _momentum == 0f ? 0 : 1;

    protected override void Update(Span<float> value, ReadOnlySpan<float> gradient, IReadOnlyList<float[]> slots)
    {
        if (_momentum == 0f)
        {
            for (int i = 0; i < value.Length; i++) value[i] -= _learningRate * gradient[i];
            return;
        }
        float[] buffer = slots[0];
        for (int i = 0; i < value.Length; i++)
        {
            buffer[i] = _momentum * buffer[i] + gradient[i];
            value[i] -= _learningRate * buffer[i];
        }
    }
}
