using System.IO.Compression;

namespace IncrementalStudy.Data.Loading;

internal static class DataFiles
{
    /// <summary>
    /// The whole content of a file, gunzipped when it starts with the gzip magic bytes. Reading everything up front turns every
    /// read or decompression error into one <see cref="DataFormatException"/> naming the file, before any parsing starts.
    /// </summary>
    public static Stream Open(string path)
    {
        if (!File.Exists(path))
            throw new DataFormatException(path, "file", Directory.Exists(path) ? "is a folder, not a file" : "does not exist");
        try
        {
            using FileStream file = File.OpenRead(path);
            int first = file.ReadByte(), second = file.ReadByte();
            file.Position = 0;
            bool gzipped = first == 0x1f && second == 0x8b;
            using Stream source = gzipped ? new GZipStream(file, CompressionMode.Decompress) : file;
            var content = new MemoryStream();
            try
            {
                source.CopyTo(content);
            }
            catch (InvalidDataException e)
            {
                throw new DataFormatException(path, "gzip data", $"is corrupt, it cannot be decompressed ({e.Message})");
            }
            content.Position = 0;
            return content;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFormatException(path, "file", $"cannot be read ({e.Message})");
        }
    }
}
