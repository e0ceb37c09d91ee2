using IncrementalStudy.Data.Loading;

namespace IncrementalStudy.Data.Sources;

/// <summary>
/// The data sets shipped in experiments/datasets (copied next to the binaries), each file checked against the size and SHA-256
/// recorded in experiments/datasets/README.md before use, and the full Fashion-MNIST that is looked for in a <see cref="DataLocation"/>.
/// </summary>
public static class BundledDatasets
{
    /// <summary>Folder holding the bundled files: next to the running binaries.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "datasets");

    public static BundledFile DigitsCsv { get; } = new("digits/digits.csv.gz", 57512, "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a");
    public static BundledFile MnistTestImages { get; } = new("mnist/t10k-images-idx3-ubyte.gz", 1648877, "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6");
    public static BundledFile MnistTestLabels { get; } = new("mnist/t10k-labels-idx1-ubyte.gz", 4542, "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6");
    public static BundledFile FashionTestImages { get; } = new("fashion-mnist/t10k-images-idx3-ubyte.gz", 4422102, "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073");
    public static BundledFile FashionTestLabels { get; } = new("fashion-mnist/t10k-labels-idx1-ubyte.gz", 5148, "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5");

    /// <summary>UCI optical digits (scikit-learn load_digits), 1,797 × 64 features in 0..16, scaled to [0, 1].</summary>
    public static IDatasetSource Digits { get; } = new CachedSource("digits", () => LoadDigits(Folder));

    /// <summary>The MNIST test set (10,000 images), pixels scaled to [0, 1]; the scenario splits it.</summary>
    public static IDatasetSource MnistTest { get; } = new CachedSource("mnist-t10k", () => LoadIdx(Folder, MnistTestImages, MnistTestLabels));

    /// <summary>The Fashion-MNIST test set (10,000 images), pixels scaled to [0, 1]; the scenario splits it.</summary>
    public static IDatasetSource FashionMnistTest { get; } = new CachedSource("fashion-mnist-t10k", () => LoadIdx(Folder, FashionTestImages, FashionTestLabels));

    /// <summary>Full Fashion-MNIST (60,000 train / 10,000 test) in Debian's folder; the CLI relocates it with <see cref="IDatasetSource.LocatedIn"/>.</summary>
    public static IDatasetSource FashionMnist { get; } = new FullFashionMnistSource(DataLocation.Default);

    /// <summary>The digits from <paramref name="folder"/> (a copy of the bundle), verified first.</summary>
    public static SourceData LoadDigits(string folder)
    {
        DataFileDigest digest = DigitsCsv.Verify(folder);
        Dataset raw = CsvDatasetLoader.Load(DigitsCsv.PathIn(folder), new CsvDatasetOptions(LabelColumn: "-1"));
        return new SourceData(new Dataset([.. raw.Features.Select(v => v / 16f)], raw.Labels, raw.FeatureCount), null, "bundled", [digest]);
    }

    /// <summary>An IDX image/label pair from <paramref name="folder"/> (a copy of the bundle), verified first.</summary>
    public static SourceData LoadIdx(string folder, BundledFile images, BundledFile labels)
    {
        DataFileDigest[] digests = [images.Verify(folder), labels.Verify(folder)];
        return new SourceData(IdxLoader.Load(images.PathIn(folder), labels.PathIn(folder)), null, "bundled", digests);
    }
}
