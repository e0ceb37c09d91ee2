namespace IncrementalStudy.Numerics;

/// <summary>
/// A scratch buffer of floats whose first element sits on a 64-byte boundary, grown on demand and then reused. A kernel's
/// packed operand is reread with 512-bit loads; from an ordinary array (16-byte aligned, and moved by the GC between
/// calls) most of those loads straddle two cache lines, which halved the AVX-512 GEMMs' speed in some processes and at
/// some moments and not in others. The array is pinned, so the aligned start stays valid for the buffer's life.
/// </summary>
internal sealed unsafe class AlignedScratch
{
    private const int AlignmentFloats = 16; // 64 bytes, one cache line

    private float[] _array = [];
    private float* _start;
    private int _capacity;

    /// <summary>The start of at least <paramref name="length"/> floats, 64-byte aligned; earlier contents are not kept when it grows.</summary>
    public float* Get(int length)
    {
        if (length > _capacity)
        {
            _array = GC.AllocateUninitializedArray<float>(length + AlignmentFloats, pinned: true);
            fixed (float* first = _array)
            {
                int skip = (int)((64 - (nuint)first % 64) % 64) / sizeof(float);
                _start = first + skip;
            }
            _capacity = length;
        }
        return _start;
    }
}
