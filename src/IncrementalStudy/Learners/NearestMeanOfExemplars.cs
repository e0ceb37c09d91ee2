namespace IncrementalStudy.Learners;

/// <summary>
/// iCaRL's classifier (Rebuffi et al. 2017, Algorithm 1): μ_y is the mean of the class's exemplars' L2-normalised features,
/// and a sample goes to the class whose mean is nearest its own L2-normalised feature vector.
/// </summary>
internal static class NearestMeanOfExemplars
{
    /// <summary>Mean of the L2-normalised rows of a row-major [count × width] feature matrix.</summary>
    public static double[] Mean(ReadOnlySpan<float> features, int width)
    {
        int count = features.Length / width;
        var mean = new double[width];
        var row = new double[width];
        for (int n = 0; n < count; n++)
        {
            Normalise(features.Slice(n * width, width), row);
            for (int d = 0; d < width; d++) mean[d] += row[d] / count;
        }
        return mean;
    }

    /// <summary>Scores −‖φ(x)/‖φ(x)‖ − μ_y‖ per sample and class, row-major, so the argmax is the nearest mean.</summary>
    public static float[] Scores(ReadOnlySpan<float> features, int width, IReadOnlyList<double[]> means)
    {
        int count = features.Length / width;
        var scores = new float[count * means.Count];
        var row = new double[width];
        for (int n = 0; n < count; n++)
        {
            Normalise(features.Slice(n * width, width), row);
            for (int y = 0; y < means.Count; y++)
            {
                double distance = 0;
                for (int d = 0; d < width; d++) distance += (row[d] - means[y][d]) * (row[d] - means[y][d]);
                scores[n * means.Count + y] = (float)-Math.Sqrt(distance);
            }
        }
        return scores;
    }

    private static void Normalise(ReadOnlySpan<float> features, double[] result)
    {
        double norm = 0;
        foreach (float f in features) norm += (double)f * f;
        norm = Math.Sqrt(norm);
        for (int d = 0; d < features.Length; d++) result[d] = norm > 0 ? features[d] / norm : 0;
    }
}
