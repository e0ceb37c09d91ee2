using System.IO.Compression;

namespace IncrementalStudy.Data.Loading;

internal static class DataFiles
{
    /// <summary>Opens a file for reading, transparently gunzipping it when it starts with the gzip magic bytes.</summary>
    public static Stream Open(string path)
    {
        if (!File.Exists(path))
            throw new DataFormatException(path, "file", Directory.Exists(path) ? "is a folder, not a file" : "does not exist");
        var file = File.OpenRead(path);
        int first = file.ReadByte(), second = file.ReadByte();
        file.Position = 0;
        return first == 0x1f && second == 0x8b ? new GZipStream(file, CompressionMode.Decompress) : file;
    }
}
