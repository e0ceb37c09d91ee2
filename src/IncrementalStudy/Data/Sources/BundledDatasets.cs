using IncrementalStudy.Data.Loading;

namespace IncrementalStudy.Data.Sources;

/// <summary>
/// The data sets shipped in experiments/datasets (copied next to the binaries) and the full Fashion-MNIST that Debian's
/// dataset-fashion-mnist package installs.
/// </summary>
public static class BundledDatasets
{
    public const string FashionMnistFolder = "/usr/share/datasets/fashion-mnist";

    /// <summary>Folder holding the bundled files: next to the running binaries.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "datasets");

    /// <summary>UCI optical digits (scikit-learn load_digits), 1,797 × 64 features in 0..16, scaled to [0, 1].</summary>
    public static IDatasetSource Digits { get; } = new CachedSource("digits", () =>
    {
        Dataset raw = CsvDatasetLoader.Load(Path.Combine(Folder, "digits", "digits.csv.gz"), new CsvDatasetOptions(LabelColumn: "-1"));
        return new SourceData(new Dataset([.. raw.Features.Select(v => v / 16f)], raw.Labels, raw.FeatureCount), null);
    });

    /// <summary>The MNIST test set (10,000 images), pixels scaled to [0, 1]; the scenario splits it.</summary>
    public static IDatasetSource MnistTest { get; } = new CachedSource("mnist-t10k", () => new SourceData(
        IdxLoader.Load(Path.Combine(Folder, "mnist", "t10k-images-idx3-ubyte.gz"), Path.Combine(Folder, "mnist", "t10k-labels-idx1-ubyte.gz")), null));

    /// <summary>Full Fashion-MNIST (60,000 train / 10,000 test), pixels scaled to [0, 1], from the Debian package.</summary>
    public static IDatasetSource FashionMnist { get; } = new CachedSource("fashion-mnist", () =>
    {
        string File(string name) => FindFashionFile(name);
        return new SourceData(
            IdxLoader.Load(File("train-images-idx3-ubyte"), File("train-labels-idx1-ubyte")),
            IdxLoader.Load(File("t10k-images-idx3-ubyte"), File("t10k-labels-idx1-ubyte")));
    });

    private static string FindFashionFile(string name)
    {
        foreach (string candidate in new[] { name + ".gz", name })
        {
            string path = Path.Combine(FashionMnistFolder, candidate);
            if (File.Exists(path)) return path;
        }
        throw new DatasetUnavailableException(
            $"Full Fashion-MNIST is not installed ({Path.Combine(FashionMnistFolder, name)}.gz not found). " +
            "Install it with: sudo apt-get install dataset-fashion-mnist");
    }

    /// <summary>Loads once per process; the data is immutable, so cases share it.</summary>
    private sealed class CachedSource(string name, Func<SourceData> load) : IDatasetSource
    {
        private readonly Lazy<SourceData> _data = new(load, LazyThreadSafetyMode.ExecutionAndPublication);

        public string Name => name;

        public SourceData Load() => _data.Value;
    }
}
