using IncrementalStudy.Numerics;

namespace IncrementalStudy.Evaluation;

public static class Calibration
{
    /// <summary>
    /// Expected calibration error of softmax(scores): points are binned by their top probability into <paramref name="bins"/>
    /// equal-width bins on [0, 1]; ECE = Σ (n_b / N) · |accuracy_b − mean confidence_b|.
    /// </summary>
    public static double ExpectedCalibrationError(ReadOnlySpan<float> scores, int classes, ReadOnlySpan<int> labels, int bins = 15)
    {
        int n = labels.Length;
        if (n == 0) return double.NaN;
        var count = new int[bins];
        var correct = new int[bins];
        var confidence = new double[bins];
        var probabilities = new float[classes];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<float> row = scores.Slice(i * classes, classes);
            Softmax.Probabilities(row, probabilities);
            int predicted = Softmax.ArgMax(row);
            double top = probabilities[predicted];
            int bin = Math.Min(bins - 1, (int)(top * bins));
            count[bin]++;
            confidence[bin] += top;
            if (predicted == labels[i]) correct[bin]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++)
            if (count[b] > 0) ece += (double)count[b] / n * Math.Abs((double)correct[b] / count[b] - confidence[b] / count[b]);
        return ece;
    }
}
