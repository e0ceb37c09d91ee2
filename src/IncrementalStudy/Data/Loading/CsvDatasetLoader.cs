using System.Globalization;

namespace IncrementalStudy.Data.Loading;

/// <summary>
/// Reads numeric CSV (optionally gzipped): one row per sample, one integer label column, every other column a finite number.
/// Every problem is reported with the file, line and column, and what was expected.
/// </summary>
public static class CsvDatasetLoader
{
    public static Dataset Load(string path, CsvDatasetOptions options)
    {
        using var reader = new StreamReader(DataFiles.Open(path));
        int lineNumber = 0;
        string? line;
        for (int i = 0; i < options.SkipLines; i++)
        {
            lineNumber++;
            if (reader.ReadLine() is null) throw new DataFormatException(path, $"line {lineNumber}", $"the file ends before the {options.SkipLines} lines to skip");
        }

        string[]? header = null;
        if (options.HasHeader)
        {
            lineNumber++;
            header = reader.ReadLine()?.Split(',').Select(h => h.Trim()).ToArray()
                ?? throw new DataFormatException(path, $"line {lineNumber}", "expected a header line, found the end of the file");
        }

        var features = new List<float>();
        var labels = new List<int>();
        int columns = header?.Length ?? -1, labelIndex = -1;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            string[] fields = line.Split(',');
            if (columns < 0) columns = fields.Length;
            if (labelIndex < 0) labelIndex = ResolveLabelColumn(path, options.LabelColumn, header, columns);
            if (fields.Length != columns)
                throw new DataFormatException(path, $"line {lineNumber}", $"expected {columns} fields like the {(header is null ? "first row" : "header")}, found {fields.Length}");
            for (int c = 0; c < fields.Length; c++)
            {
                string field = fields[c].Trim();
                string where = $"line {lineNumber}, column {c + 1}";
                if (c == labelIndex)
                {
                    if (field.Length == 0) throw new DataFormatException(path, where, "the label is missing");
                    if (!int.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out int label) || label < 0)
                        throw new DataFormatException(path, where, $"expected a non-negative integer label, found '{field}'");
                    labels.Add(label);
                    continue;
                }
                if (!float.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out float value))
                    throw new DataFormatException(path, where, $"expected a number, found '{field}'");
                if (!float.IsFinite(value))
                    throw new DataFormatException(path, where, $"expected a finite number, found {field}");
                features.Add(value);
            }
        }
        if (labels.Count == 0) throw new DataFormatException(path, $"line {lineNumber + 1}", "expected at least one data row, found none (empty file?)");
        if (columns < 2) throw new DataFormatException(path, "line 1", "expected a label column and at least one feature column");
        return new Dataset([.. features], [.. labels], columns - 1);
    }

    private static int ResolveLabelColumn(string path, string labelColumn, string[]? header, int columns)
    {
        if (int.TryParse(labelColumn, NumberStyles.Integer, CultureInfo.InvariantCulture, out int index))
        {
            int resolved = index < 0 ? columns + index : index;
            if (resolved < 0 || resolved >= columns)
                throw new DataFormatException(path, "label column", $"index {index} is outside the {columns} columns");
            return resolved;
        }
        int named = header is null ? -1 : Array.IndexOf(header, labelColumn);
        if (named < 0)
            throw new DataFormatException(path, "label column", header is null
                ? $"'{labelColumn}' is a name but the file has no header; give a column index instead"
                : $"'{labelColumn}' is not among the header's columns ({string.Join(", ", header)})");
        return named;
    }
}
