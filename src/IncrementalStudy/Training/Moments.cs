using System.Runtime.Intrinsics;

namespace IncrementalStudy.Training;

/// <summary>
/// The moment updates Adam and Nadam share, in float32: m = β1·m + (1 − β1)·g, v = β2·v + (1 − β2)·g·g. The vector form does
/// the scalar operations in the same order, so an element's bits do not depend on its lane.
/// </summary>
internal readonly struct Moments(float beta1, float beta2)
{
    private readonly Vector256<float> _beta1 = Vector256.Create(beta1), _oneMinusBeta1 = Vector256.Create(1f - beta1);
    private readonly Vector256<float> _beta2 = Vector256.Create(beta2), _oneMinusBeta2 = Vector256.Create(1f - beta2);
    private readonly Vector512<float> _beta1x16 = Vector512.Create(beta1), _oneMinusBeta1x16 = Vector512.Create(1f - beta1);
    private readonly Vector512<float> _beta2x16 = Vector512.Create(beta2), _oneMinusBeta2x16 = Vector512.Create(1f - beta2);

    /// <summary>Updates m[i], v[i] from gradient g and returns the new values.</summary>
    public (float M, float V) Update(Span<float> m, Span<float> v, int i, float g)
    {
        m[i] = beta1 * m[i] + (1f - beta1) * g;
        v[i] = beta2 * v[i] + (1f - beta2) * g * g;
        return (m[i], v[i]);
    }

    /// <summary>Updates m[i..i+8), v[i..i+8) from the gradients g and returns the new values.</summary>
    public (Vector256<float> M, Vector256<float> V) Update(Span<float> m, Span<float> v, int i, Vector256<float> g)
    {
        Vector256<float> mi = _beta1 * Vector256.Create(m.Slice(i, 8)) + _oneMinusBeta1 * g;
        Vector256<float> vi = _beta2 * Vector256.Create(v.Slice(i, 8)) + _oneMinusBeta2 * g * g;
        mi.CopyTo(m.Slice(i, 8));
        vi.CopyTo(v.Slice(i, 8));
        return (mi, vi);
    }

    /// <summary>Updates m[i..i+16), v[i..i+16) from the gradients g and returns the new values.</summary>
    public (Vector512<float> M, Vector512<float> V) Update(Span<float> m, Span<float> v, int i, Vector512<float> g)
    {
        Vector512<float> mi = _beta1x16 * Vector512.Create(m.Slice(i, 16)) + _oneMinusBeta1x16 * g;
        Vector512<float> vi = _beta2x16 * Vector512.Create(v.Slice(i, 16)) + _oneMinusBeta2x16 * g * g;
        mi.CopyTo(m.Slice(i, 16));
        vi.CopyTo(v.Slice(i, 16));
        return (mi, vi);
    }
}
