using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Models;

/// <summary>
/// im2col and col2im with output positions as columns: row (ky, kx, ci) of the lowered matrix holds, for every output
/// position of every sample in a chunk, the input pixel that kernel tap meets there (zero in the padding). Rows of one image
/// plane shifted by a tap are contiguous runs, so lowering and raising are runs of copies and adds, not per-pixel work.
/// Images here are planar (channel, row, column), except for <see cref="Raise"/>. Only copies and single additions: no
/// rounding depends on the vector width.
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
    /// col2im from the other layout, patches as rows: row p of <paramref name="patches"/> holds the gradient of output
    /// position p's patch in (ky, kx, ci) order. Each channels-last pixel is summed from zero over positions ascending (one
    /// tap per position), and a patch row's (kx, ci) entries are one contiguous run of the image row: runs of kernel × channels.
    /// </summary>
    public static void Raise(float* patches, ImageShape input, int kernelSize, int padBefore, ImageShape output, float* image)
    {
        int k = kernelSize, channels = input.Channels, height = input.Height, width = input.Width, patch = k * k * channels;
        new Span<float>(image, input.Size).Clear();
        float* row = patches;
        for (int oy = 0; oy < output.Height; oy++)
            for (int ox = 0; ox < output.Width; ox++, row += patch)
            {
                int x0 = ox - padBefore, kxFirst = Math.Max(0, -x0), kxEnd = Math.Min(k, width - x0);
                if (kxEnd <= kxFirst) continue;
                for (int ky = 0; ky < k; ky++)
                {
                    int iy = oy + ky - padBefore;
                    if ((uint)iy >= (uint)height) continue;
                    Add(row + (ky * k + kxFirst) * channels, image + ((long)iy * width + x0 + kxFirst) * channels, (kxEnd - kxFirst) * channels);
                }
            }
    }

    /// <summary>planar[c, i] = interleaved[i, c]: a channels-last image to planar.</summary>
    public static void ToPlanar(float* interleaved, int pixels, int channels, float* planar)
    {
        int first = 0;
        if (Avx2.IsSupported)
        {
            // 8 pixels of one channel per gather: lane e reads pixel i + e.
            Vector256<int> stride = Vector256.Create(channels) * Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
            for (; first + 8 <= pixels; first += 8)
                for (int c = 0; c < channels; c++)
                    Avx.Store(planar + (long)c * pixels + first, Avx2.GatherVector256(interleaved + (long)first * channels + c, stride, 4));
        }
        for (int i = first; i < pixels; i++)
            for (int c = 0; c < channels; c++)
                planar[(long)c * pixels + i] = interleaved[(long)i * channels + c];
    }

    // Runs are short (a 10-wide output row). On AVX-512 every run is 16-wide moves with a masked last one; otherwise runs at
    // least 8 long store their last 8 again from the end instead of a scalar tail.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy(float* source, float* target, int count)
    {
        if (Avx512F.IsSupported)
        {
            int j = 0;
            for (; j + 16 <= count; j += 16) Avx512F.Store(target + j, Avx512F.LoadVector512(source + j));
            if (j < count)
            {
                Vector512<float> mask = TailMask.First16(count - j);
                Avx512F.MaskStore(target + j, mask, Avx512F.MaskLoad(source + j, mask, Vector512<float>.Zero));
            }
            return;
        }
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
        if (Avx512F.IsSupported)
        {
            int j = 0;
            for (; j + 16 <= count; j += 16) Avx512F.Store(target + j, Vector512<float>.Zero);
            if (j < count) Avx512F.MaskStore(target + j, TailMask.First16(count - j), Vector512<float>.Zero);
            return;
        }
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
