using System.Runtime.InteropServices;

namespace IncrementalStudy.Numerics;

/// <summary>
/// A scratch buffer of floats whose first element sits on a 64-byte boundary, grown on demand and then reused. A kernel's
/// packed operand is reread with 512-bit loads; from an ordinary array (16-byte aligned, and moved by the GC between
/// calls) most of those loads straddle two cache lines, which halved the AVX-512 GEMMs' speed in some processes and at
/// some moments and not in others. Native memory, so it never moves and is not counted as a managed allocation (a
/// training step allocates nothing); freed when the buffer is collected (its thread has ended).
/// </summary>
internal sealed unsafe class AlignedScratch
{
    private float* _start;
    private int _capacity;

    /// <summary>The start of at least <paramref name="length"/> floats, 64-byte aligned, zero when new; earlier contents are not kept when it grows.</summary>
    public float* Get(int length)
    {
        if (length > _capacity)
        {
            NativeMemory.AlignedFree(_start);
            _start = null;
            _start = (float*)NativeMemory.AlignedAlloc((nuint)length * sizeof(float), 64);
            NativeMemory.Clear(_start, (nuint)length * sizeof(float));
            _capacity = length;
        }
        return _start;
    }

    ~AlignedScratch() => NativeMemory.AlignedFree(_start);
}
