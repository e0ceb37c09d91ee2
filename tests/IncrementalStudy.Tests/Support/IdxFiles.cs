using System.Buffers.Binary;
using System.IO.Compression;
using IncrementalStudy.Data.Loading;

namespace IncrementalStudy.Tests.Support;

/// <summary>Small IDX image and label files, raw or gzipped, for loader tests.</summary>
internal static class IdxFiles
{
    public static byte[] Images(int count, int rows, int columns, byte[] pixels)
    {
        var bytes = new byte[16 + pixels.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, IdxLoader.ImagesMagic);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), count);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), rows);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(12), columns);
        pixels.CopyTo(bytes, 16);
        return bytes;
    }

    public static byte[] Labels(byte[] labels)
    {
        var bytes = new byte[8 + labels.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, IdxLoader.LabelsMagic);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), labels.Length);
        labels.CopyTo(bytes, 8);
        return bytes;
    }

    public static byte[] Gzip(byte[] content)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest)) gzip.Write(content);
        return buffer.ToArray();
    }

    /// <summary>A gzip header followed by bytes that are not a deflate stream.</summary>
    public static byte[] CorruptGzip() => [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff, 0x07, 0x00, 0x12, 0x34];

    /// <summary>
    /// A full-Fashion-MNIST-shaped folder: the four files with <paramref name="trainCount"/> and <paramref name="testCount"/>
    /// 28×28 images (labels 0..9 cycling), gzipped or raw, in <paramref name="folder"/>.
    /// </summary>
    public static void WriteFashionLayout(string folder, int trainCount, int testCount, bool gzipped)
    {
        Directory.CreateDirectory(folder);
        void Write(string name, byte[] content) =>
            File.WriteAllBytes(Path.Combine(folder, name + (gzipped ? ".gz" : "")), gzipped ? Gzip(content) : content);
        foreach ((string prefix, int count) in new[] { ("train", trainCount), ("t10k", testCount) })
        {
            Write($"{prefix}-images-idx3-ubyte", Images(count, 28, 28, new byte[count * 28 * 28]));
            Write($"{prefix}-labels-idx1-ubyte", Labels([.. Enumerable.Range(0, count).Select(i => (byte)(i % 10))]));
        }
    }
}
