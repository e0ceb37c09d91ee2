using System.Runtime.Intrinsics;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Training;

/// <summary>SGD with optional momentum, PyTorch form: b = μ·b + g; p -= lr·b (vector lanes do the scalar operations in the same order).</summary>
internal sealed class Sgd(double learningRate, double momentum) : Optimizer
{
    private readonly float _learningRate = (float)learningRate;
    private readonly float _momentum = (float)momentum;

    protected override int SlotCount => _momentum == 0f ? 0 : 1;

    protected override void Update(Span<float> value, ReadOnlySpan<float> gradient, IReadOnlyList<float[]> slots)
    {
        KernelPath path = Kernels.Current;
        int i = 0;
        if (_momentum == 0f)
        {
            if (path == KernelPath.Avx512)
                for (; i + 16 <= value.Length; i += 16)
                    (Vector512.Create(value.Slice(i, 16)) - Vector512.Create(_learningRate) * Vector512.Create(gradient.Slice(i, 16))).CopyTo(value.Slice(i, 16));
            if (path != KernelPath.Portable)
                for (; i + 8 <= value.Length; i += 8)
                    (Vector256.Create(value.Slice(i, 8)) - Vector256.Create(_learningRate) * Vector256.Create(gradient.Slice(i, 8))).CopyTo(value.Slice(i, 8));
            for (; i < value.Length; i++) value[i] -= _learningRate * gradient[i];
            return;
        }
        Span<float> buffer = slots[0];
        if (path == KernelPath.Avx512)
            for (; i + 16 <= value.Length; i += 16)
            {
                Vector512<float> b = Vector512.Create(_momentum) * Vector512.Create(buffer.Slice(i, 16)) + Vector512.Create(gradient.Slice(i, 16));
                b.CopyTo(buffer.Slice(i, 16));
                (Vector512.Create(value.Slice(i, 16)) - Vector512.Create(_learningRate) * b).CopyTo(value.Slice(i, 16));
            }
        if (path != KernelPath.Portable)
            for (; i + 8 <= value.Length; i += 8)
            {
                Vector256<float> b = Vector256.Create(_momentum) * Vector256.Create(buffer.Slice(i, 8)) + Vector256.Create(gradient.Slice(i, 8));
                b.CopyTo(buffer.Slice(i, 8));
                (Vector256.Create(value.Slice(i, 8)) - Vector256.Create(_learningRate) * b).CopyTo(value.Slice(i, 8));
            }
        for (; i < value.Length; i++)
        {
            buffer[i] = _momentum * buffer[i] + gradient[i];
            value[i] -= _learningRate * buffer[i];
        }
    }
}
