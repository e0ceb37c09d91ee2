using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of test_points.csv: a sample of the plot seed's test points, for overlays on decision-region plots.</summary>
[CsvRecord]
public sealed partial record PointRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("class")] int Class,
    [CsvColumn("x")] double X,
    [CsvColumn("y")] double Y);
