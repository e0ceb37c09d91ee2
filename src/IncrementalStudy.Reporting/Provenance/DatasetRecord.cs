using IncrementalStudy.Data.Sources;

namespace IncrementalStudy.Reporting.Provenance;

/// <summary>A data set a run read, as manifest.json records it: enough to tell later whether another run saw the same bytes.</summary>
/// <param name="Origin">"bundled", or the folder the files were read from.</param>
/// <param name="TestSamples">Samples of the fixed test split; null when the scenario splits one pool per seed.</param>
/// <param name="Sha256">SHA-256 of each file as stored (compressed, for .gz), by file name.</param>
public sealed record DatasetRecord(string Name, string Origin, int TrainSamples, int? TestSamples, IReadOnlyDictionary<string, string> Sha256)
{
    public static DatasetRecord From(DatasetFingerprint fingerprint) => new(fingerprint.Name, fingerprint.Origin, fingerprint.TrainSamples,
        fingerprint.TestSamples, fingerprint.Files.ToDictionary(f => f.File, f => f.Sha256));
}
