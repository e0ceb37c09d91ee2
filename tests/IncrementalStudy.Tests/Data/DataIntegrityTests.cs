using IncrementalStudy.Data;
using IncrementalStudy.Data.Loading;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Data;

/// <summary>Damaged data is refused with a message naming the file, never loaded partially.</summary>
public class DataIntegrityTests
{
    [Fact]
    public void Every_bundled_file_matches_its_recorded_size_and_sha256()
    {
        foreach (BundledFile file in new[] { BundledDatasets.DigitsCsv, BundledDatasets.MnistTestImages, BundledDatasets.MnistTestLabels,
                     BundledDatasets.FashionTestImages, BundledDatasets.FashionTestLabels })
            Assert.Equal(file.Sha256, file.Verify(BundledDatasets.Folder).Sha256);
    }

    [Fact]
    public void Truncated_bundled_digits_copy_is_refused_instead_of_loading_part_of_it()
    {
        // A truncated gzip file decompresses without error, so before the check a cut at a line end loaded 638 of the 1,797 rows.
        using var temp = new TempDirectory();
        string copy = CopyBundled(temp.Path, BundledDatasets.DigitsCsv, keepBytes: 20575);
        var error = Assert.Throws<DataFormatException>(() => BundledDatasets.LoadDigits(temp.Path));
        Assert.StartsWith(copy, error.Message);
        Assert.Contains("expected the bundled 57512 bytes", error.Message);
        Assert.Contains("found 20575 bytes", error.Message);
    }

    [Fact]
    public void Altered_bundled_idx_copy_of_the_right_size_is_refused_by_its_checksum()
    {
        using var temp = new TempDirectory();
        CopyBundled(temp.Path, BundledDatasets.FashionTestLabels);
        string images = CopyBundled(temp.Path, BundledDatasets.FashionTestImages);
        byte[] bytes = File.ReadAllBytes(images);
        bytes[^100] ^= 1;
        File.WriteAllBytes(images, bytes);
        var error = Assert.Throws<DataFormatException>(() => BundledDatasets.LoadIdx(temp.Path, BundledDatasets.FashionTestImages, BundledDatasets.FashionTestLabels));
        Assert.StartsWith(images, error.Message);
        Assert.Contains("SHA-256", error.Message);
    }

    [Fact]
    public void Intact_bundled_copy_loads_and_records_its_digests()
    {
        using var temp = new TempDirectory();
        CopyBundled(temp.Path, BundledDatasets.FashionTestImages);
        CopyBundled(temp.Path, BundledDatasets.FashionTestLabels);
        SourceData data = BundledDatasets.LoadIdx(temp.Path, BundledDatasets.FashionTestImages, BundledDatasets.FashionTestLabels);
        Assert.Equal((10000, 784), (data.Train.Count, data.Train.FeatureCount));
        Assert.All(Enumerable.Range(0, 10), c => Assert.Equal(1000, data.Train.CountOf(c)));
        Assert.Equal([BundledDatasets.FashionTestImages.Sha256, BundledDatasets.FashionTestLabels.Sha256], data.Files.Select(f => f.Sha256));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("idx-images")]
    [InlineData("idx-labels")]
    public void Corrupt_gzip_is_reported_naming_the_file(string kind)
    {
        using var temp = new TempDirectory();
        string corrupt = temp["corrupt.gz"];
        File.WriteAllBytes(corrupt, IdxFiles.CorruptGzip());
        File.WriteAllBytes(temp["labels"], IdxFiles.Labels([1]));
        File.WriteAllBytes(temp["images"], IdxFiles.Images(1, 1, 1, [0]));
        Action load = kind switch
        {
            "csv" => () => CsvDatasetLoader.Load(corrupt, new CsvDatasetOptions()),
            "idx-images" => () => IdxLoader.Load(corrupt, temp["labels"]),
            _ => () => IdxLoader.Load(temp["images"], corrupt),
        };
        var error = Assert.Throws<DataFormatException>(load);
        Assert.StartsWith(corrupt + ": gzip data: is corrupt", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Truncated_gzipped_idx_is_refused_because_its_payload_is_shorter_than_the_header_says()
    {
        using var temp = new TempDirectory();
        byte[] gzipped = IdxFiles.Gzip(IdxFiles.Images(50, 28, 28, [.. Enumerable.Range(0, 50 * 784).Select(i => (byte)(i * 7919 % 251))]));
        File.WriteAllBytes(temp["images.gz"], gzipped[..(gzipped.Length / 2)]);
        File.WriteAllBytes(temp["labels"], IdxFiles.Labels(new byte[50]));
        var error = Assert.Throws<DataFormatException>(() => IdxLoader.Load(temp["images.gz"], temp["labels"]));
        Assert.StartsWith(temp["images.gz"], error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Theory]
    [InlineData(true, "fashion-mnist")]
    [InlineData(false, "")]
    public void Full_fashion_mnist_is_found_gzipped_or_raw_in_the_folder_or_its_fashion_mnist_subfolder(bool gzipped, string subfolder)
    {
        using var temp = new TempDirectory();
        IdxFiles.WriteFashionLayout(Path.Combine(temp.Path, subfolder), trainCount: 20, testCount: 10, gzipped);
        SourceData data = new FullFashionMnistSource(new DataLocation(temp.Path, "test"), trainCount: 20, testCount: 10).Load();
        Assert.Equal((20, 10, 784), (data.Train.Count, data.Test!.Count, data.Train.FeatureCount));
        Assert.Equal(Path.GetFullPath(Path.Combine(temp.Path, subfolder)).TrimEnd('/'), data.Origin);
        Assert.Equal(4, data.Files.Count);
        Assert.All(data.Files, f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
    }

    [Fact]
    public void Full_fashion_mnist_with_fewer_images_than_the_full_set_is_refused()
    {
        using var temp = new TempDirectory();
        IdxFiles.WriteFashionLayout(temp["fashion-mnist"], trainCount: 20, testCount: 10, gzipped: true);
        var error = Assert.Throws<DataFormatException>(() => new FullFashionMnistSource(new DataLocation(temp.Path, "test")).Load());
        Assert.StartsWith(Path.Combine(temp["fashion-mnist"], "train-images-idx3-ubyte.gz"), error.Message);
        Assert.Contains("expected the full Fashion-MNIST training set, 60000 images of 28×28, found 20 images", error.Message);
    }

    [Fact]
    public void Missing_full_fashion_mnist_names_the_folders_the_option_the_variable_and_the_apt_line()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<DatasetUnavailableException>(() => new FullFashionMnistSource(new DataLocation(temp.Path, "--data-dir")).Load());
        Assert.Contains(Path.Combine(temp.Path, "fashion-mnist"), error.Message);
        Assert.Contains("(--data-dir)", error.Message);
        Assert.Contains("--data-dir or INCSTUDY_DATA_DIR", error.Message);
        Assert.Contains("sudo apt-get install dataset-fashion-mnist", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static string CopyBundled(string folder, BundledFile file, int? keepBytes = null)
    {
        string target = file.PathIn(folder);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        byte[] bytes = File.ReadAllBytes(file.PathIn(BundledDatasets.Folder));
        File.WriteAllBytes(target, keepBytes is { } keep ? bytes[..keep] : bytes);
        return target;
    }
}
