using System.Security.Cryptography;

namespace IncrementalStudy.Data.Sources;

/// <summary>A data file as it was read: its name, size and SHA-256, recorded so a run names exactly the bytes it used.</summary>
public sealed record DataFileDigest(string File, long Bytes, string Sha256)
{
    /// <summary>Hashes the file as it is on disk (the compressed bytes for a .gz file).</summary>
    public static DataFileDigest Of(string path)
    {
        using FileStream stream = System.IO.File.OpenRead(path);
        string sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new DataFileDigest(Path.GetFileName(path), stream.Length, sha256);
    }
}
