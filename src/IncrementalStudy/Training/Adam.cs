using System.Runtime.Intrinsics;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Training;

/// <summary>
/// Adam as PyTorch implements it (defaults lr 1e-3, betas 0.9/0.999, eps 1e-8):
/// p -= (lr / (1 - β1^t)) · m / (sqrt(v) / sqrt(1 - β2^t) + eps).
/// </summary>
internal sealed class Adam(double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8) : Optimizer
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
        Span<float> m = slots[0], v = slots[1];
        var moments = new Moments(_beta1, _beta2);
        int i = 0;
        KernelPath path = Kernels.Current;
        if (path == KernelPath.Avx512)
        {
            Vector512<float> stepSize = Vector512.Create(_stepSize), sqrtBiasCorrection2 = Vector512.Create(_sqrtBiasCorrection2);
            Vector512<float> epsilon = Vector512.Create(_epsilon);
            for (; i + 16 <= value.Length; i += 16)
            {
                (Vector512<float> mi, Vector512<float> vi) = moments.Update(m, v, i, Vector512.Create(gradient.Slice(i, 16)));
                (Vector512.Create(value.Slice(i, 16)) - stepSize * mi / (Vector512.Sqrt(vi) / sqrtBiasCorrection2 + epsilon)).CopyTo(value.Slice(i, 16));
            }
        }
        if (path != KernelPath.Portable)
        {
            Vector256<float> stepSize = Vector256.Create(_stepSize), sqrtBiasCorrection2 = Vector256.Create(_sqrtBiasCorrection2);
            Vector256<float> epsilon = Vector256.Create(_epsilon);
            for (; i + 8 <= value.Length; i += 8)
            {
                (Vector256<float> mi, Vector256<float> vi) = moments.Update(m, v, i, Vector256.Create(gradient.Slice(i, 8)));
                (Vector256.Create(value.Slice(i, 8)) - stepSize * mi / (Vector256.Sqrt(vi) / sqrtBiasCorrection2 + epsilon)).CopyTo(value.Slice(i, 8));
            }
        }
        for (; i < value.Length; i++)
        {
            (float mi, float vi) = moments.Update(m, v, i, gradient[i]);
            value[i] -= _stepSize * mi / (MathF.Sqrt(vi) / _sqrtBiasCorrection2 + _epsilon);
        }
    }
}
