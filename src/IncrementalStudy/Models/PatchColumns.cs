using System.Runtime.CompilerServices;
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
        {
            int oyFirst = Math.Max(0, padBefore - ky), oyEnd = Math.Min(output.Height, height + padBefore - ky); // rows inside the image
            for (int kx = 0; kx < kernelSize; kx++)
            {
                int dx = kx - padBefore, first = Math.Max(0, -dx), end = Math.Min(outWidth, width - dx);
                for (int ci = 0; ci < input.Channels; ci++, row += stride)
                {
                    float* plane = planes + (long)ci * height * width + dx;
                    Clear(row, oyFirst * outWidth);
                    Clear(row + oyEnd * outWidth, (output.Height - oyEnd) * outWidth);
                    if (oyEnd <= oyFirst || end <= first) Clear(row, output.Height * outWidth);
                    else if (outWidth == width)
                    {
                        // Output rows as long as input rows: one copy of the whole shifted plane, then zero the columns that
                        // wrapped in from the neighbouring row.
                        float* target = row + oyFirst * outWidth;
                        Copy(plane + (long)(oyFirst + ky - padBefore) * width, target, (oyEnd - oyFirst) * outWidth);
                        for (int oy = oyFirst; oy < oyEnd; oy++, target += outWidth)
                        {
                            Clear(target, first);
                            Clear(target + end, outWidth - end);
                        }
                    }
                    else
                    {
                        float* target = row + oyFirst * outWidth;
                        for (int oy = oyFirst; oy < oyEnd; oy++, target += outWidth)
                        {
                            Clear(target, first);
                            Copy(plane + (long)(oy + ky - padBefore) * width + first, target + first, end - first);
                            Clear(target + end, outWidth - end);
                        }
                    }
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

    // Runs are short (a 10-wide output row): at least 8 long, the last 8 are stored again from the end instead of a scalar tail.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy(float* source, float* target, int count)
    {
        if (Vector256.IsHardwareAccelerated && count >= 8)
        {
            for (int j = 0; j + 8 < count; j += 8) Vector256.Store(Vector256.Load(source + j), target + j);
            Vector256.Store(Vector256.Load(source + count - 8), target + count - 8);
            return;
        }
        for (int i = 0; i < count; i++) target[i] = source[i];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Clear(float* target, int count)
    {
        if (Vector256.IsHardwareAccelerated && count >= 8)
        {
            for (int j = 0; j + 8 < count; j += 8) Vector256.Store(Vector256<float>.Zero, target + j);
            Vector256.Store(Vector256<float>.Zero, target + count - 8);
            return;
        }
        for (int i = 0; i < count; i++) target[i] = 0f;
    }

    /// <summary>
    /// target += source. The last 8 sums are taken before the main loop stores anything and stored after it: where they
    /// overlap the loop's they are the same sums, and no load waits on a store it partly overlaps.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(float* source, float* target, int count)
    {
        if (Vector256.IsHardwareAccelerated && count >= 8)
        {
            Vector256<float> last = Vector256.Load(target + count - 8) + Vector256.Load(source + count - 8);
            for (int j = 0; j + 8 < count; j += 8) Vector256.Store(Vector256.Load(target + j) + Vector256.Load(source + j), target + j);
            Vector256.Store(last, target + count - 8);
            return;
        }
        for (int i = 0; i < count; i++) target[i] += source[i];
    }
}
