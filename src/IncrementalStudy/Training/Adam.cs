namespace IncrementalStudy.Training;

/// <summary>
/// Adam as PyTorch implements it (defaults lr 1e-3, betas 0.9/0.999, eps 1e-8):
/// p -= (lr / (1 - β1^t)) · m / (sqrt(v) / sqrt(1 - β2^t) + eps).
/// </summary>
public sealed class Adam(double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8) : Optimizer
{
    private readonly float _beta1 = (float)beta1;
    private readonly float _beta2 = (float)beta2;
    private readonly float _epsilon = (float)epsilon;
    private float _stepSize;
    private float _sqrtBiasCorrection2;

    protected override int SlotCount => 2;

    protected override void BeginStep(long t)
    {
        _stepSize = (float)(learningRate / (1 - Math.Pow(beta1, t)));
        _sqrtBiasCorrection2 = (float)Math.Sqrt(1 - Math.Pow(beta2, t));
    }

    protected override void Update(Span<float> value, ReadOnlySpan<float> gradient, IReadOnlyList<float[]> slots)
    {
        float[] m = slots[0], v = slots[1];
        for (int i = 0; i < value.Length; i++)
        {
            float g = gradient[i];
            m[i] = _beta1 * m[i] + (1f - _beta1) * g;
            v[i] = _beta2 * v[i] + (1f - _beta2) * g * g;
            value[i] -= _stepSize * m[i] / (MathF.Sqrt(v[i]) / _sqrtBiasCorrection2 + _epsilon);
        }
    }
}
