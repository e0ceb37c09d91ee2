using IncrementalStudy.Numerics;

namespace IncrementalStudy.Evaluation;

/// <summary>Expected calibration error (Guo et al. 2017), with the confidence each score family defines.</summary>
internal static class Calibration
{
    /// <summary>
    /// Expected calibration error of softmax(scores): points are binned by their top probability into <paramref name="bins"/>
    /// equal-width bins on [0, 1]; ECE = Σ (n_b / N) · |accuracy_b − mean confidence_b|.
    /// </summary>
    public static double ExpectedCalibrationError(ReadOnlySpan<float> scores, int classes, ReadOnlySpan<int> labels, int bins = 15)
    {
        var probabilities = new float[classes];
        return Ece(scores, classes, labels, bins, (row, predicted) =>
        {
            Softmax.Probabilities(row, probabilities);
            return probabilities[predicted];
        });
    }

    /// <summary>
    /// The same binning for independent binary logits (one-vs-all): the confidence of the argmax k is the normalised
    /// sigmoid score σ(z_k) / Σ_j σ(z_j), a probability over the present categories without an implied softmax.
    /// </summary>
    public static double ExpectedCalibrationErrorSigmoid(ReadOnlySpan<float> scores, int classes, ReadOnlySpan<int> labels, int bins = 15) =>
        Ece(scores, classes, labels, bins, (row, predicted) =>
        {
            double sum = 0;
            foreach (float z in row) sum += Sigmoid(z);
            return Sigmoid(row[predicted]) / sum;
        });

    private delegate double Confidence(ReadOnlySpan<float> row, int predicted);

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Ece(ReadOnlySpan<float> scores, int classes, ReadOnlySpan<int> labels, int bins, Confidence confidenceOf)
    {
        int n = labels.Length;
        if (n == 0) return double.NaN;
        var count = new int[bins];
        var correct = new int[bins];
        var confidence = new double[bins];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<float> row = scores.Slice(i * classes, classes);
            int predicted = Softmax.ArgMax(row);
            double top = confidenceOf(row, predicted);
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
