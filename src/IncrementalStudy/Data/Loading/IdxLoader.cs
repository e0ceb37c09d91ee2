using System.Buffers.Binary;

namespace IncrementalStudy.Data.Loading;

/// <summary>
/// Reads the IDX format of MNIST and Fashion-MNIST (raw or gzipped): images with magic 2051 (count, rows, columns, then
/// unsigned bytes) and labels with magic 2049 (count, then unsigned bytes). Magic numbers, sizes and lengths are checked.
/// </summary>
public static class IdxLoader
{
    public const int ImagesMagic = 0x00000803;
    public const int LabelsMagic = 0x00000801;

    /// <summary>Images and labels as a data set; pixels are divided by <paramref name="pixelScale"/> (255 gives [0, 1]).</summary>
    public static Dataset Load(string imagesPath, string labelsPath, float pixelScale = 255f)
    {
        (byte[] pixels, int count, int rows, int columns) = ReadImages(imagesPath);
        byte[] labels = ReadLabels(labelsPath);
        if (labels.Length != count)
            throw new DataFormatException(labelsPath, "header", $"holds {labels.Length} labels but {imagesPath} holds {count} images");
        var features = new float[pixels.Length];
        for (int i = 0; i < pixels.Length; i++) features[i] = pixels[i] / pixelScale;
        return new Dataset(features, [.. labels.Select(l => (int)l)], rows * columns);
    }

    public static (byte[] Pixels, int Count, int Rows, int Columns) ReadImages(string path)
    {
        using Stream stream = DataFiles.Open(path);
        int magic = ReadInt(stream, path, 0);
        if (magic != ImagesMagic)
            throw new DataFormatException(path, "offset 0", $"expected the IDX image magic number {ImagesMagic} (0x{ImagesMagic:x8}), found {magic} (0x{magic:x8})" +
                (magic == LabelsMagic ? "; this is a label file" : ""));
        int count = ReadInt(stream, path, 4), rows = ReadInt(stream, path, 8), columns = ReadInt(stream, path, 12);
        if (count < 0 || rows <= 0 || columns <= 0)
            throw new DataFormatException(path, "offset 4", $"expected positive sizes, found count {count}, rows {rows}, columns {columns}");
        byte[] pixels = ReadExactly(stream, path, 16, (long)count * rows * columns, $"{count} images of {rows}×{columns} bytes");
        return (pixels, count, rows, columns);
    }

    public static byte[] ReadLabels(string path)
    {
        using Stream stream = DataFiles.Open(path);
        int magic = ReadInt(stream, path, 0);
        if (magic != LabelsMagic)
            throw new DataFormatException(path, "offset 0", $"expected the IDX label magic number {LabelsMagic} (0x{LabelsMagic:x8}), found {magic} (0x{magic:x8})" +
                (magic == ImagesMagic ? "; this is an image file" : ""));
        int count = ReadInt(stream, path, 4);
        if (count < 0) throw new DataFormatException(path, "offset 4", $"expected a non-negative count, found {count}");
        return ReadExactly(stream, path, 8, count, $"{count} label bytes");
    }

    private static int ReadInt(Stream stream, string path, long offset)
    {
        Span<byte> buffer = stackalloc byte[4];
        if (stream.ReadAtLeast(buffer, 4, throwOnEndOfStream: false) < 4)
            throw new DataFormatException(path, $"offset {offset}", "the file ends inside the header (truncated?)");
        return BinaryPrimitives.ReadInt32BigEndian(buffer);
    }

    private static byte[] ReadExactly(Stream stream, string path, long offset, long length, string what)
    {
        if (length > Array.MaxLength) throw new DataFormatException(path, $"offset {offset}", $"{what} is too large to load");
        var data = new byte[length];
        int read = stream.ReadAtLeast(data, data.Length, throwOnEndOfStream: false);
        if (read < length)
            throw new DataFormatException(path, $"offset {offset + read}", $"expected {what} ({length} bytes after the header), the file ends after {read} (truncated?)");
        if (stream.ReadByte() >= 0)
            throw new DataFormatException(path, $"offset {offset + length}", $"expected the file to end after {what}, found more bytes (count in the header too small?)");
        return data;
    }
}
