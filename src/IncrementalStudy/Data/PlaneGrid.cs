namespace IncrementalStudy.Data;

/// <summary>A regular grid over the part of the plane where a 2-D scenario's points lie, for decision-region plots.</summary>
/// <param name="Points">The grid points as a data set (labels are meaningless zeros).</param>
/// <param name="X">The x coordinate of each point, exactly as written to CSV (the float features are rounded from it).</param>
/// <param name="Y">The y coordinate of each point.</param>
public sealed record PlaneGrid(Dataset Points, double[] X, double[] Y)
{
    public const int Resolution = 61;
    private const double Margin = 3.0; // three standard deviations around the outermost centres

    public static PlaneGrid Over(IReadOnlyList<double[]> centers)
    {
        (double xMin, double xMax) = (centers.Min(c => c[0]) - Margin, centers.Max(c => c[0]) + Margin);
        (double yMin, double yMax) = (centers.Min(c => c[1]) - Margin, centers.Max(c => c[1]) + Margin);
        int count = Resolution * Resolution;
        var features = new float[count * 2];
        double[] xs = new double[count], ys = new double[count];
        for (int row = 0; row < Resolution; row++)
            for (int column = 0; column < Resolution; column++)
            {
                int i = row * Resolution + column;
                xs[i] = Math.Round(xMin + (xMax - xMin) * column / (Resolution - 1), 6);
                ys[i] = Math.Round(yMin + (yMax - yMin) * row / (Resolution - 1), 6);
                features[2 * i] = (float)xs[i];
                features[2 * i + 1] = (float)ys[i];
            }
        return new PlaneGrid(new Dataset(features, new int[count], 2), xs, ys);
    }
}
