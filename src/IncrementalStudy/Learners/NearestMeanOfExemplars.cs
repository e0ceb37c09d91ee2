namespace IncrementalStudy.Learners;

/// <summary>
/// iCaRL's classifier (Rebuffi et al. 2017, Algorithm 1): μ_y is the mean of the class's exemplars' L2-normalised features,
/// itself re-normalised to unit length (Section 2.1: "the results of any operation on feature vectors, e.g. averages, are
/// also re-normalized"; the authors' code divides the class mean by its norm), and a sample goes to the class whose mean is
/// nearest its own L2-normalised feature vector, i.e. the class of highest cosine similarity. Without the re-normalisation
/// the squared distance 1 + ‖μ_y‖² − 2⟨x, μ_y⟩ would also depend on each mean's length (how spread the class's exemplars
/// are), not only on its direction.
/// </summary>
internal static class NearestMeanOfExemplars
{
    /// <summary>Mean of the L2-normalised rows of a row-major [count × width] feature matrix, re-normalised to unit length (zero stays zero).</summary>
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
        double norm = 0;
        foreach (double m in mean) norm += m * m;
        norm = Math.Sqrt(norm);
        if (norm > 0)
            for (int d = 0; d < width; d++) mean[d] /= norm;
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
