using System.Runtime.Intrinsics;

namespace IncrementalStudy.Models;

/// <summary>
/// im2col and col2im with output positions as columns: row (ky, kx, ci) of the lowered matrix holds, for every output
/// position of every sample in a chunk, the input pixel that kernel tap meets there (zero in the padding). Rows of one image
/// plane shifted by a tap are contiguous runs, so lowering and raising are runs of copies and adds, not per-pixel work.
/// Images here are planar (channel, row, column). Only copies and single additions: no rounding depends on the vector width.
/// </summary>
internal static unsafe class PatchColumns
{
    /// <summary>
    /// Writes the patches of one planar image into <paramref name="columns"/>: row s = (ky, kx, ci) starts at
    /// columns + s·<paramref name="stride"/>, one value per output position in row-major order.
    /// </summary>
    public static void Lower(float* planes, ImageShape input, int kernelSize, int padBefore, ImageShape output, float* columns, long stride)
    {
        int height = input.Height, width = input.Width, outWidth = output.Width;
        float* row = columns;
        for (int ky = 0; ky < kernelSize; ky++)
            for (int kx = 0; kx < kernelSize; kx++)
            {
                int dx = kx - padBefore, first = Math.Max(0, -dx), end = Math.Min(outWidth, width - dx);
                for (int ci = 0; ci < input.Channels; ci++, row += stride)
                {
                    float* plane = planes + (long)ci * height * width + dx, target = row;
                    for (int oy = 0; oy < output.Height; oy++, target += outWidth)
                    {
                        int iy = oy + ky - padBefore;
                        if ((uint)iy >= (uint)height || end <= first)
                        {
                            Clear(target, outWidth);
                            continue;
                        }
                        Clear(target, first);
                        Copy(plane + (long)iy * width + first, target + first, end - first);
                        Clear(target + end, outWidth - end);
                    }
                }
            }
    }

    /// <summary>
    /// The adjoint of <see cref="Lower"/>: the planar image gradient, each pixel summed over taps (ky, kx) ascending from zero
    /// (one output position per tap), so the order depends on neither the chunk nor the batch.
    /// </summary>
    public static void Raise(float* columns, long stride, ImageShape input, int kernelSize, int padBefore, ImageShape output, float* planes)
    {
        int height = input.Height, width = input.Width, outWidth = output.Width;
        new Span<float>(planes, input.Size).Clear();
        float* row = columns;
        for (int ky = 0; ky < kernelSize; ky++)
            for (int kx = 0; kx < kernelSize; kx++)
            {
                int dx = kx - padBefore, first = Math.Max(0, -dx), end = Math.Min(outWidth, width - dx);
                for (int ci = 0; ci < input.Channels; ci++, row += stride)
                {
                    if (end <= first) continue;
                    float* plane = planes + (long)ci * height * width + dx, source = row;
                    for (int oy = 0; oy < output.Height; oy++, source += outWidth)
                    {
                        int iy = oy + ky - padBefore;
                        if ((uint)iy < (uint)height) Add(source + first, plane + (long)iy * width + first, end - first);
                    }
                }
            }
    }

    /// <summary>planar[c, i] = interleaved[i, c]: a channels-last image to planar.</summary>
    public static void ToPlanar(float* interleaved, int pixels, int channels, float* planar)
    {
        for (int i = 0; i < pixels; i++)
            for (int c = 0; c < channels; c++)
                planar[(long)c * pixels + i] = interleaved[(long)i * channels + c];
    }

    /// <summary>interleaved[i, c] = planar[c, i]: a planar image to channels-last.</summary>
    public static void ToInterleaved(float* planar, int pixels, int channels, float* interleaved)
    {
        for (int c = 0; c < channels; c++)
            for (int i = 0; i < pixels; i++)
                interleaved[(long)i * channels + c] = planar[(long)c * pixels + i];
    }

    private static void Copy(float* source, float* target, int count)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; i + 8 <= count; i += 8) Vector256.Store(Vector256.Load(source + i), target + i);
        for (; i < count; i++) target[i] = source[i];
    }

    private static void Clear(float* target, int count)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; i + 8 <= count; i += 8) Vector256.Store(Vector256<float>.Zero, target + i);
        for (; i < count; i++) target[i] = 0f;
    }

    private static void Add(float* source, float* target, int count)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; i + 8 <= count; i += 8) Vector256.Store(Vector256.Load(target + i) + Vector256.Load(source + i), target + i);
        for (; i < count; i++) target[i] += source[i];
    }
}
