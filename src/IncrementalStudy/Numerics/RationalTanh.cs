using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace IncrementalStudy.Numerics;

/// <summary>
/// Float tanh as the 13/6-degree rational interpolant of Eigen's <c>generic_fast_tanh_float</c>, the tanh TensorFlow (and so
/// Keras) evaluates on CPU: odd numerator over even denominator in x², input clamped where the quotient reaches exactly ±1,
/// tanh(x) = x for |x| &lt; 0.0004. It vectorises, and unlike <see cref="MathF.Tanh"/> it does not depend on the platform's
/// C library. The vector lanes (a short tail through a masked load) and the scalar form run the same operations, so an element's bits
/// do not depend on its position.
/// </summary>
internal static class RationalTanh
{
    // Where the approximation evaluates to exactly 1 with fused multiply-add (Eigen's FMA bound; every kernel path fuses).
    private const float Clamp = 7.99881172180175781f;
    private const float Tiny = 0.0004f;

    private const float Alpha1 = 4.89352455891786e-03f;
    private const float Alpha3 = 6.37261928875436e-04f;
    private const float Alpha5 = 1.48572235717979e-05f;
    private const float Alpha7 = 5.12229709037114e-08f;
    private const float Alpha9 = -8.60467152213735e-11f;
    private const float Alpha11 = 2.00018790482477e-13f;
    private const float Alpha13 = -2.76076847742355e-16f;
    private const float Beta0 = 4.89352518554385e-03f;
    private const float Beta2 = 2.26843463243900e-03f;
    private const float Beta4 = 1.18534705686654e-04f;
    private const float Beta6 = 1.19825839466702e-06f;

    /// <summary>values[i] = tanh(values[i]); NaN stays NaN, so a diverging network is still detected downstream.</summary>
    public static unsafe void Apply(Span<float> values)
    {
        KernelPath path = Kernels.Current;
        if (path == KernelPath.Portable)
        {
            for (int j = 0; j < values.Length; j++) values[j] = Of(values[j]);
            return;
        }
        fixed (float* p = values)
        {
            int i = 0;
            if (path == KernelPath.Avx512)
            {
                for (; i + 16 <= values.Length; i += 16)
                    Avx512F.Store(p + i, Of(Avx512F.LoadVector512(p + i)));
                if (i < values.Length)
                {
                    Vector512<float> mask = TailMask.First16(values.Length - i);
                    Avx512F.MaskStore(p + i, mask, Of(Avx512F.MaskLoad(p + i, mask, Vector512<float>.Zero)));
                }
                return;
            }
            for (; i + 8 <= values.Length; i += 8)
                Avx.Store(p + i, Of(Avx.LoadVector256(p + i)));
            if (i < values.Length)
            {
                Vector256<float> mask = TailMask.First(values.Length - i);
                Avx.MaskStore(p + i, mask, Of(Avx.MaskLoad(p + i, mask)));
            }
        }
    }

    public static float Of(float x)
    {
        // Written so that NaN fails both comparisons and passes through.
        float clamped = x > Clamp ? Clamp : x < -Clamp ? -Clamp : x;
        float x2 = clamped * clamped;
        float p = MultiplyAdd(x2, Alpha13, Alpha11);
        p = MultiplyAdd(x2, p, Alpha9);
        p = MultiplyAdd(x2, p, Alpha7);
        p = MultiplyAdd(x2, p, Alpha5);
        p = MultiplyAdd(x2, p, Alpha3);
        p = MultiplyAdd(x2, p, Alpha1);
        p *= clamped;
        float q = MultiplyAdd(x2, Beta6, Beta4);
        q = MultiplyAdd(x2, q, Beta2);
        q = MultiplyAdd(x2, q, Beta0);
        return MathF.Abs(x) < Tiny ? x : p / q;
    }

    /// <summary>Eight lanes of <see cref="Of(float)"/> with the same operations (AVX2/FMA).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Of(Vector256<float> x)
    {
        // x86 min/max return the second operand when either is NaN, so x goes second to let NaN through.
        Vector256<float> clamped = Avx.Max(Vector256.Create(-Clamp), Avx.Min(Vector256.Create(Clamp), x));
        Vector256<float> x2 = Avx.Multiply(clamped, clamped);
        Vector256<float> p = Fma.MultiplyAdd(x2, Vector256.Create(Alpha13), Vector256.Create(Alpha11));
        p = Fma.MultiplyAdd(x2, p, Vector256.Create(Alpha9));
        p = Fma.MultiplyAdd(x2, p, Vector256.Create(Alpha7));
        p = Fma.MultiplyAdd(x2, p, Vector256.Create(Alpha5));
        p = Fma.MultiplyAdd(x2, p, Vector256.Create(Alpha3));
        p = Fma.MultiplyAdd(x2, p, Vector256.Create(Alpha1));
        p = Avx.Multiply(p, clamped);
        Vector256<float> q = Fma.MultiplyAdd(x2, Vector256.Create(Beta6), Vector256.Create(Beta4));
        q = Fma.MultiplyAdd(x2, q, Vector256.Create(Beta2));
        q = Fma.MultiplyAdd(x2, q, Vector256.Create(Beta0));
        Vector256<float> tiny = Avx.CompareLessThan(Vector256.Abs(x), Vector256.Create(Tiny));
        return Avx.BlendVariable(Avx.Divide(p, q), x, tiny);
    }

    /// <summary>Sixteen lanes of <see cref="Of(float)"/> with the same operations (AVX-512).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Of(Vector512<float> x)
    {
        Vector512<float> clamped = Avx512F.Max(Vector512.Create(-Clamp), Avx512F.Min(Vector512.Create(Clamp), x));
        Vector512<float> x2 = Avx512F.Multiply(clamped, clamped);
        Vector512<float> p = Avx512F.FusedMultiplyAdd(x2, Vector512.Create(Alpha13), Vector512.Create(Alpha11));
        p = Avx512F.FusedMultiplyAdd(x2, p, Vector512.Create(Alpha9));
        p = Avx512F.FusedMultiplyAdd(x2, p, Vector512.Create(Alpha7));
        p = Avx512F.FusedMultiplyAdd(x2, p, Vector512.Create(Alpha5));
        p = Avx512F.FusedMultiplyAdd(x2, p, Vector512.Create(Alpha3));
        p = Avx512F.FusedMultiplyAdd(x2, p, Vector512.Create(Alpha1));
        p = Avx512F.Multiply(p, clamped);
        Vector512<float> q = Avx512F.FusedMultiplyAdd(x2, Vector512.Create(Beta6), Vector512.Create(Beta4));
        q = Avx512F.FusedMultiplyAdd(x2, q, Vector512.Create(Beta2));
        q = Avx512F.FusedMultiplyAdd(x2, q, Vector512.Create(Beta0));
        Vector512<float> tiny = Vector512.LessThan(Vector512.Abs(x), Vector512.Create(Tiny));
        return Vector512.ConditionalSelect(tiny, x, Avx512F.Divide(p, q));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float MultiplyAdd(float x, float y, float addend) => MathF.FusedMultiplyAdd(x, y, addend);
}
