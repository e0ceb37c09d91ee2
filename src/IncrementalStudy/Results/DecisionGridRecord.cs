using CsvHelper;

namespace IncrementalStudy.Results;

/// <summary>A row of decision_regions.csv: the predicted class at one point of a regular grid over the plane, after one phase (plot seed only).</summary>
[CsvRecord]
public sealed partial record DecisionGridRecord(
    [CsvColumn("experiment")] string Experiment,
    [CsvColumn("strategy")] string Strategy,
    [CsvColumn("seed")] int Seed,
    [CsvColumn("phase")] int Phase,
    [CsvColumn("x")] double X,
    [CsvColumn("y")] double Y,
    [CsvColumn("predicted_class")] int PredictedClass);
