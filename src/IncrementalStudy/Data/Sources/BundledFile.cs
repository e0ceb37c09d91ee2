using IncrementalStudy.Data.Loading;

namespace IncrementalStudy.Data.Sources;

/// <summary>
/// A file shipped in experiments/datasets with the size and SHA-256 it was committed with. A damaged copy can still decompress
/// without error (a truncated gzip file just ends early), so every bundled file is checked before it is used.
/// </summary>
public sealed record BundledFile(string RelativePath, long Bytes, string Sha256)
{
    public string PathIn(string folder) => Path.Combine(folder, RelativePath);

    /// <summary>Checks the copy in <paramref name="folder"/> and returns its digest; throws <see cref="DataFormatException"/> naming the file.</summary>
    public DataFileDigest Verify(string folder)
    {
        string path = PathIn(folder);
        if (!File.Exists(path)) throw new DataFormatException(path, "file", "the bundled file is missing; restore it from the repository");
        DataFileDigest digest;
        try
        {
            digest = DataFileDigest.Of(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFormatException(path, "file", $"cannot be read ({e.Message})");
        }
        if (digest.Bytes != Bytes || digest.Sha256 != Sha256)
            throw new DataFormatException(path, "file", $"expected the bundled {Bytes} bytes with SHA-256 {Sha256}, found {digest.Bytes} bytes " +
                                                        $"with SHA-256 {digest.Sha256} (damaged or truncated copy; restore it from the repository)");
        return digest;
    }
}
