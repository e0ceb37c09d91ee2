using IncrementalStudy.Numerics;

namespace IncrementalStudy.Learners;

internal static class Predictions
{
    /// <summary>Row-wise argmax of a row-major score matrix.</summary>
    public static int[] ArgMax(ReadOnlySpan<float> scores, int rows, int columns)
    {
        var result = new int[rows];
        for (int r = 0; r < rows; r++) result[r] = Softmax.ArgMax(scores.Slice(r * columns, columns));
        return result;
    }
}
