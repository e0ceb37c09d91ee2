using IncrementalStudy.Data.Loading;

namespace IncrementalStudy.Data.Sources;

/// <summary>
/// Full Fashion-MNIST (60,000 train / 10,000 test), pixels scaled to [0, 1]: the four IDX files, gzipped or not, as Debian's
/// dataset-fashion-mnist package installs them under /usr/share/datasets/fashion-mnist, or in a folder the user names. Too large
/// to bundle, so it is checked by its IDX headers (counts, 28×28 images) and payload lengths rather than by a recorded checksum.
/// </summary>
internal sealed class FullFashionMnistSource(DataLocation location, int trainCount = FullFashionMnistSource.TrainCount,
    int testCount = FullFashionMnistSource.TestCount) : IDatasetSource
{
    public const string DatasetFolder = "fashion-mnist";
    public const int TrainCount = 60000;
    public const int TestCount = 10000;
    public const string InstallCommand = "sudo apt-get install dataset-fashion-mnist";

    private readonly Lazy<SourceData> _data = new(() => Read(location, trainCount, testCount), LazyThreadSafetyMode.ExecutionAndPublication);

    public string Name => "fashion-mnist";

    public DataLocation Location => location;

    public SourceData Load() => _data.Value;

    public IDatasetSource LocatedIn(DataLocation other) => other == location ? this : new FullFashionMnistSource(other, trainCount, testCount);

    private static SourceData Read(DataLocation location, int trainCount, int testCount)
    {
        string[] paths = [.. new[] { "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte" }
            .Select(name => Find(location, name))];
        Dataset train = Checked(IdxLoader.Load(paths[0], paths[1]), paths[0], trainCount, "training");
        Dataset test = Checked(IdxLoader.Load(paths[2], paths[3]), paths[2], testCount, "test");
        return new SourceData(train, test, Path.GetDirectoryName(Path.GetFullPath(paths[0]))!, [.. paths.Select(DataFileDigest.Of)]);
    }

    /// <summary>FOLDER/fashion-mnist/NAME(.gz), then FOLDER/NAME(.gz); the gzipped file first, as Debian installs it.</summary>
    private static string Find(DataLocation location, string name)
    {
        IReadOnlyList<string> folders = location.FoldersFor(DatasetFolder);
        foreach (string folder in folders)
            foreach (string candidate in new[] { name + ".gz", name })
                if (File.Exists(Path.Combine(folder, candidate))) return Path.Combine(folder, candidate);
        throw new DatasetUnavailableException(
            $"Full Fashion-MNIST is not installed: {name}.gz (or {name}) is in neither {string.Join(" nor ", folders)} ({location.Origin}). " +
            $"Install it with '{InstallCommand}', or point {DataLocation.OptionName} or {DataLocation.EnvironmentVariable} at the folder holding the IDX files.");
    }

    /// <summary>A partial or mixed-up copy (e.g. the test set in place of the training set) would load cleanly, so the counts are checked too.</summary>
    private static Dataset Checked(Dataset data, string imagesPath, int expected, string part)
    {
        if (data.Count != expected || data.FeatureCount != 28 * 28)
            throw new DataFormatException(imagesPath, "header", $"expected the full Fashion-MNIST {part} set, {expected} images of 28×28, " +
                                                                $"found {data.Count} images of {data.FeatureCount} pixels");
        return data;
    }
}
