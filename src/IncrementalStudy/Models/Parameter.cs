namespace IncrementalStudy.Models;

/// <summary>A trainable row-major tensor (a kernel [inputs × outputs] or a bias [1 × outputs]) and its gradient.</summary>
public sealed class Parameter
{
    public Parameter(string name, int rows, int columns)
    {
        Name = name;
        Rows = rows;
        Columns = columns;
        Value = new float[rows * columns];
        Gradient = new float[rows * columns];
    }

    public string Name { get; }
    public int Rows { get; }
    public int Columns { get; private set; }
    public float[] Value { get; private set; }
    public float[] Gradient { get; private set; }
    public int Length => Value.Length;

    /// <summary>Appends <paramref name="added"/> zero columns; every existing value keeps its bits.</summary>
    public void AppendColumns(int added)
    {
        Value = WithAppendedColumns(Value, Rows, Columns, added);
        Gradient = new float[Rows * (Columns + added)];
        Columns += added;
    }

    /// <summary>Copies a row-major [rows × columns] array into one with <paramref name="added"/> extra zero columns.</summary>
    public static float[] WithAppendedColumns(float[] source, int rows, int columns, int added)
    {
        var result = new float[rows * (columns + added)];
        for (int r = 0; r < rows; r++)
            Array.Copy(source, r * columns, result, r * (columns + added), columns);
        return result;
    }

    public Parameter Clone()
    {
        var copy = new Parameter(Name, Rows, Columns);
        Value.CopyTo(copy.Value, 0);
        return copy;
    }
}
