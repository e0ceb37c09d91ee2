using System.Runtime.Intrinsics;

namespace IncrementalStudy.Numerics;

/// <summary>Element-wise activations and their derivatives, expressed through the activation's output.</summary>
internal static class Activations
{
    public static void Apply(Activation activation, Span<float> values)
    {
        switch (activation)
        {
            case Activation.Linear:
                return;
            case Activation.Tanh:
                RationalTanh.Apply(values);
                return;
            case Activation.Relu:
            {
                // Vector256.Max has MathF.Max's IEEE 754:2019 semantics (NaN propagates, max(−0, 0) = +0), so lanes and tail agree.
                int i = 0;
                KernelPath path = Kernels.Current;
                if (path == KernelPath.Avx512)
                    for (; i + 16 <= values.Length; i += 16)
                        Vector512.Max(Vector512.Create(values.Slice(i, 16)), Vector512<float>.Zero).CopyTo(values.Slice(i, 16));
                if (path != KernelPath.Portable)
                    for (; i + 8 <= values.Length; i += 8)
                        Vector256.Max(Vector256.Create(values.Slice(i, 8)), Vector256<float>.Zero).CopyTo(values.Slice(i, 8));
                for (; i < values.Length; i++) values[i] = MathF.Max(values[i], 0f);
                return;
            }
            case Activation.Sigmoid:
                for (int i = 0; i < values.Length; i++) values[i] = Sigmoid(values[i]);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, null);
        }
    }

    /// <summary>gradient *= f'(x), where f'(x) is computed from y = f(x); vector lanes and the scalar tail do the same operations.</summary>
    public static void MultiplyByDerivative(Activation activation, ReadOnlySpan<float> outputs, Span<float> gradient)
    {
        switch (activation)
        {
            case Activation.Linear:
                return;
            case Activation.Tanh:
            {
                int i = 0;
                KernelPath path = Kernels.Current;
                if (path == KernelPath.Avx512)
                    for (; i + 16 <= gradient.Length; i += 16)
                    {
                        Vector512<float> y = Vector512.Create(outputs.Slice(i, 16));
                        (Vector512.Create(gradient.Slice(i, 16)) * (Vector512<float>.One - y * y)).CopyTo(gradient.Slice(i, 16));
                    }
                if (path != KernelPath.Portable)
                    for (; i + 8 <= gradient.Length; i += 8)
                    {
                        Vector256<float> y = Vector256.Create(outputs.Slice(i, 8));
                        (Vector256.Create(gradient.Slice(i, 8)) * (Vector256<float>.One - y * y)).CopyTo(gradient.Slice(i, 8));
                    }
                for (; i < gradient.Length; i++) gradient[i] *= 1f - outputs[i] * outputs[i];
                return;
            }
            case Activation.Relu:
            {
                int i = 0;
                KernelPath path = Kernels.Current;
                if (path == KernelPath.Avx512)
                    for (; i + 16 <= gradient.Length; i += 16)
                    {
                        Vector512<float> inactive = Vector512.LessThanOrEqual(Vector512.Create(outputs.Slice(i, 16)), Vector512<float>.Zero);
                        Vector512.AndNot(Vector512.Create(gradient.Slice(i, 16)), inactive).CopyTo(gradient.Slice(i, 16));
                    }
                if (path != KernelPath.Portable)
                    for (; i + 8 <= gradient.Length; i += 8)
                    {
                        Vector256<float> inactive = Vector256.LessThanOrEqual(Vector256.Create(outputs.Slice(i, 8)), Vector256<float>.Zero);
                        Vector256.AndNot(Vector256.Create(gradient.Slice(i, 8)), inactive).CopyTo(gradient.Slice(i, 8));
                    }
                for (; i < gradient.Length; i++) if (outputs[i] <= 0f) gradient[i] = 0f;
                return;
            }
            case Activation.Sigmoid:
                for (int i = 0; i < gradient.Length; i++) gradient[i] *= outputs[i] * (1f - outputs[i]);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, null);
        }
    }

    /// <summary>Logistic function without overflow for large |x|.</summary>
    public static float Sigmoid(float x)
    {
        if (x >= 0f) return 1f / (1f + MathF.Exp(-x));
        float e = MathF.Exp(x);
        return e / (1f + e);
    }
}
