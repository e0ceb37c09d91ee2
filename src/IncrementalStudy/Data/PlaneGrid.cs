namespace IncrementalStudy.Data;

/// <summary>A regular grid over the part of the plane where a 2-D scenario's points lie, for decision-region plots.</summary>
public static class PlaneGrid
{
    public const int Resolution = 81;
    private const double Margin = 3.0; // three standard deviations around the outermost centres

    public static Dataset Over(IReadOnlyList<double[]> centers)
    {
        (double xMin, double xMax) = (centers.Min(c => c[0]) - Margin, centers.Max(c => c[0]) + Margin);
        (double yMin, double yMax) = (centers.Min(c => c[1]) - Margin, centers.Max(c => c[1]) + Margin);
        var features = new float[Resolution * Resolution * 2];
        for (int row = 0; row < Resolution; row++)
            for (int column = 0; column < Resolution; column++)
            {
                int i = row * Resolution + column;
                features[2 * i] = (float)(xMin + (xMax - xMin) * column / (Resolution - 1));
                features[2 * i + 1] = (float)(yMin + (yMax - yMin) * row / (Resolution - 1));
            }
        return new Dataset(features, new int[Resolution * Resolution], 2);
    }
}
