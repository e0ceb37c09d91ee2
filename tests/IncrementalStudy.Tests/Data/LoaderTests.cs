using IncrementalStudy.Data;
using IncrementalStudy.Data.Loading;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Data;

public class LoaderTests
{
    [Fact]
    public void Bundled_digits_and_mnist_load_with_the_documented_sizes()
    {
        Dataset digits = BundledDatasets.Digits.Load().Train;
        Assert.Equal((1797, 64), (digits.Count, digits.FeatureCount));
        Assert.Equal([178, 182, 177, 183, 181, 182, 181, 179, 174, 180], Enumerable.Range(0, 10).Select(digits.CountOf));
        Assert.InRange(digits.Features.Max(), 0.99f, 1f); // 16 / 16
        Dataset mnist = BundledDatasets.MnistTest.Load().Train;
        Assert.Equal((10000, 784), (mnist.Count, mnist.FeatureCount));
        Assert.Equal(980, mnist.CountOf(0));
        Assert.Equal(1f, mnist.Features.Max());
    }

    [Fact]
    public void Csv_with_a_header_and_a_named_label_column_loads()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp["d.csv"], "meta line\na,label,b\n1.5,2,3\n-1,0,4e-1\n");
        Dataset d = CsvDatasetLoader.Load(temp["d.csv"], new CsvDatasetOptions("label", HasHeader: true, SkipLines: 1));
        Assert.Equal([2, 0], d.Labels);
        Assert.Equal([1.5f, 3f, -1f, 0.4f], d.Features);
    }

    public static TheoryData<string, CsvDatasetOptions, string> BadCsv() => new()
    {
        { "", new CsvDatasetOptions(), "expected at least one data row, found none (empty file?)" },
        { "1,2,0\n3,4\n", new CsvDatasetOptions(), "line 2: expected 3 fields like the first row, found 2" },
        { "1,x,0\n", new CsvDatasetOptions(), "line 1, column 2: expected a number, found 'x'" },
        { "1,2,\n", new CsvDatasetOptions(), "line 1, column 3: the label is missing" },
        { "1,2,0.5\n", new CsvDatasetOptions(), "expected a non-negative integer label, found '0.5'" },
        { "a,b\n1,0\n", new CsvDatasetOptions("y", HasHeader: true), "'y' is not among the header's columns (a, b)" },
        { "1,NaN,0\n", new CsvDatasetOptions(), "line 1, column 2: expected a finite number, found NaN" },
        { "1,2,0\n", new CsvDatasetOptions("7"), "index 7 is outside the 3 columns" },
    };

    [Theory]
    [MemberData(nameof(BadCsv))]
    public void Malformed_csv_is_reported_with_file_place_and_expectation(string content, CsvDatasetOptions options, string message)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp["bad.csv"], content);
        var error = Assert.Throws<DataFormatException>(() => CsvDatasetLoader.Load(temp["bad.csv"], options));
        Assert.Contains(message, error.Message);
        Assert.StartsWith(temp["bad.csv"], error.Message);
    }

    [Fact]
    public void Missing_file_is_named()
    {
        var error = Assert.Throws<DataFormatException>(() => CsvDatasetLoader.Load("/nonexistent/x.csv", new CsvDatasetOptions()));
        Assert.Contains("/nonexistent/x.csv: file: does not exist", error.Message);
    }

    [Fact]
    public void Idx_round_trip_raw_and_gzipped()
    {
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp["i"], IdxFiles.Images(2, 2, 3, [0, 255, 10, 20, 30, 40, 1, 2, 3, 4, 5, 6]));
        File.WriteAllBytes(temp["l.gz"], IdxFiles.Gzip(IdxFiles.Labels([7, 3])));
        Dataset d = IdxLoader.Load(temp["i"], temp["l.gz"]);
        Assert.Equal((2, 6), (d.Count, d.FeatureCount));
        Assert.Equal([7, 3], d.Labels);
        Assert.Equal(1f, d.Features[1]);
    }

    public static TheoryData<string, string> BadIdx() => new()
    {
        { "magic", "expected the IDX image magic number 2051 (0x00000803), found 2049 (0x00000801); this is a label file" },
        { "truncated", "offset 18: expected 2 images of 2×3 bytes (12 bytes after the header), the file ends after 2" },
        { "header", "the file ends inside the header" },
        { "extra", "expected the file to end after 1 images of 2×3 bytes, found more bytes" },
        { "count-mismatch", "holds 3 labels but" },
    };

    [Theory]
    [MemberData(nameof(BadIdx))]
    public void Malformed_idx_is_reported(string kind, string message)
    {
        using var temp = new TempDirectory();
        byte[] images = kind switch
        {
            "magic" => IdxFiles.Labels([1, 2]),
            "truncated" => IdxFiles.Images(2, 2, 3, [1, 2]),
            "header" => [0, 0, 8],
            "extra" => IdxFiles.Images(1, 2, 3, [1, 2, 3, 4, 5, 6, 7]),
            _ => IdxFiles.Images(2, 2, 3, new byte[12]),
        };
        File.WriteAllBytes(temp["i"], images);
        File.WriteAllBytes(temp["l"], IdxFiles.Labels(kind == "count-mismatch" ? [1, 2, 3] : [1, 2]));
        var error = Assert.Throws<DataFormatException>(() => IdxLoader.Load(temp["i"], temp["l"]));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Stratified_split_keeps_class_proportions_and_depends_only_on_the_seed()
    {
        Dataset digits = BundledDatasets.Digits.Load().Train;
        var (train, test) = ClassIncrementalScenario.StratifiedSplit(digits, 0.2, IncrementalStudy.Numerics.Rng.For("x", 1, "split"));
        Assert.Equal(digits.Count, train.Count + test.Count);
        for (int c = 0; c < 10; c++) Assert.Equal(Math.Round(digits.CountOf(c) * 0.2, MidpointRounding.AwayFromZero), test.CountOf(c));
        var again = ClassIncrementalScenario.StratifiedSplit(digits, 0.2, IncrementalStudy.Numerics.Rng.For("x", 1, "split"));
        Assert.Equal(test.Features, again.Test.Features);
    }

    [Fact]
    public void Class_incremental_scenario_relabels_by_arrival_and_accumulates_test_sets()
    {
        var scenario = new ClassIncrementalScenario(BundledDatasets.Digits, [[3, 7], [1]], ShuffleClassOrder: false);
        ScenarioData data = scenario.Build("x", 1);
        Assert.Equal([2, 3], data.Phases.Select(p => p.Categories));
        Assert.Equal([0, 1], data.Phases[0].Train.Labels.Distinct().Order());
        Assert.Equal([2], data.Phases[1].Train.Labels.Distinct());
        Assert.Equal([0, 1, 2], data.Phases[1].Test.Labels.Distinct().Order());
        Dataset digits = BundledDatasets.Digits.Load().Train;
        Assert.Equal(digits.CountOf(3) + digits.CountOf(7), data.Phases[0].Train.Count + data.Phases[0].Test.Count);
    }
}
