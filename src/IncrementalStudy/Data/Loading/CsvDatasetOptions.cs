namespace IncrementalStudy.Data.Loading;

/// <summary>How to read a numeric CSV data set.</summary>
/// <param name="LabelColumn">Column holding the integer class label: a header name, or a 0-based index; negative counts from the end (-1 = last).</param>
/// <param name="HasHeader">Whether the first line names the columns.</param>
/// <param name="SkipLines">Lines to skip before the header or data (e.g. scikit-learn's meta line in iris.csv).</param>
public sealed record CsvDatasetOptions(string LabelColumn = "-1", bool HasHeader = false, int SkipLines = 0);
