using System.Runtime.Intrinsics;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Training;

/// <summary>
/// Keras Nadam (docs/design.md §3). At step t with d = 0.004 (legacy) or 1 (Keras 3):
/// u_t = β1(1 - ½·0.96^(d·t)), u_t1 = β1(1 - ½·0.96^(d·(t+1))), P_t = P_{t-1}·u_t,
/// m̂ = u_t1·m / (1 - P_t·u_t1) + (1 - u_t)·g / (1 - P_t), v̂ = v / (1 - β2^t), p -= lr·m̂ / (sqrt(v̂) + ε).
/// The schedule scalars are computed in double and applied in float32.
/// </summary>
internal sealed class Nadam : Optimizer
{
    private readonly double _learningRate;
    private readonly double _beta1;
    private readonly double _beta2;
    private readonly float _epsilon;
    private readonly double _decayExponent;
    private double _momentumProduct = 1.0; // P_t
    private float _momentumWeight, _gradientWeight, _learningRateF, _beta1F, _beta2F, _varianceCorrection;

    public Nadam(NadamFlavour flavour, double? learningRate = null, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-7)
    {
        Flavour = flavour;
        _learningRate = learningRate ?? DefaultLearningRate(flavour);
        _beta1 = beta1;
        _beta2 = beta2;
        _epsilon = (float)epsilon;
        _decayExponent = flavour == NadamFlavour.Keras2Legacy ? 0.004 : 1.0;
    }

    public NadamFlavour Flavour { get; }

    public static double DefaultLearningRate(NadamFlavour flavour) => flavour == NadamFlavour.Keras2Legacy ? 0.002 : 0.001;

    protected override int SlotCount => 2;

    protected override void BeginStep(long t)
    {
        double ut = _beta1 * (1 - 0.5 * Math.Pow(0.96, _decayExponent * t));
        double ut1 = _beta1 * (1 - 0.5 * Math.Pow(0.96, _decayExponent * (t + 1)));
        _momentumProduct *= ut;
        _momentumWeight = (float)(ut1 / (1 - _momentumProduct * ut1));
        _gradientWeight = (float)((1 - ut) / (1 - _momentumProduct));
        _varianceCorrection = (float)(1 - Math.Pow(_beta2, t));
        _learningRateF = (float)_learningRate;
        _beta1F = (float)_beta1;
        _beta2F = (float)_beta2;
    }

    protected override void Update(Span<float> value, ReadOnlySpan<float> gradient, IReadOnlyList<float[]> slots)
    {
        Span<float> m = slots[0], v = slots[1];
        var moments = new Moments(_beta1F, _beta2F);
        int i = 0;
        KernelPath path = Kernels.Current;
        if (path == KernelPath.Avx512)
        {
            Vector512<float> momentumWeight = Vector512.Create(_momentumWeight), gradientWeight = Vector512.Create(_gradientWeight);
            Vector512<float> varianceCorrection = Vector512.Create(_varianceCorrection), learningRate = Vector512.Create(_learningRateF);
            Vector512<float> epsilon = Vector512.Create(_epsilon);
            for (; i + 16 <= value.Length; i += 16)
            {
                Vector512<float> g = Vector512.Create(gradient.Slice(i, 16));
                (Vector512<float> mi, Vector512<float> vi) = moments.Update(m, v, i, g);
                Vector512<float> mHat = momentumWeight * mi + gradientWeight * g;
                Vector512<float> vHat = vi / varianceCorrection;
                (Vector512.Create(value.Slice(i, 16)) - learningRate * mHat / (Vector512.Sqrt(vHat) + epsilon)).CopyTo(value.Slice(i, 16));
            }
        }
        if (path != KernelPath.Portable)
        {
            Vector256<float> momentumWeight = Vector256.Create(_momentumWeight), gradientWeight = Vector256.Create(_gradientWeight);
            Vector256<float> varianceCorrection = Vector256.Create(_varianceCorrection), learningRate = Vector256.Create(_learningRateF);
            Vector256<float> epsilon = Vector256.Create(_epsilon);
            for (; i + 8 <= value.Length; i += 8)
            {
                Vector256<float> g = Vector256.Create(gradient.Slice(i, 8));
                (Vector256<float> mi, Vector256<float> vi) = moments.Update(m, v, i, g);
                Vector256<float> mHat = momentumWeight * mi + gradientWeight * g;
                Vector256<float> vHat = vi / varianceCorrection;
                (Vector256.Create(value.Slice(i, 8)) - learningRate * mHat / (Vector256.Sqrt(vHat) + epsilon)).CopyTo(value.Slice(i, 8));
            }
        }
        for (; i < value.Length; i++)
        {
            float g = gradient[i];
            (float mi, float vi) = moments.Update(m, v, i, g);
            float mHat = _momentumWeight * mi + _gradientWeight * g;
            float vHat = vi / _varianceCorrection;
            value[i] -= _learningRateF * mHat / (MathF.Sqrt(vHat) + _epsilon);
        }
    }
}
