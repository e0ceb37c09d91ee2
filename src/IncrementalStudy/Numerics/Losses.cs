namespace IncrementalStudy.Numerics;

/// <summary>
/// Losses computed from logits. Each returns the summed loss over the rows and the number of correct
/// predictions, and writes dLoss/dLogits · <c>gradientScale</c> when a gradient span is given
/// (scale 1/batch gives the gradient of the batch mean, as Keras minimises).
/// </summary>
internal static class Losses
{
    /// <summary>
    /// Per row: m = max z, e_c = exp(z_c − m), S = Σ e_c, loss = log S − (z_label − m), gradient (e_c · (1 / S) − [c = label]) · scale.
    /// One float exp per logit (the gradient reuses the loss's exponentials); NaN or infinite logits make the loss NaN.
    /// </summary>
    public static double SoftmaxCrossEntropy(ReadOnlySpan<float> logits, int rows, int classes, ReadOnlySpan<int> labels,
        Span<float> gradient, float gradientScale, out int correct)
    {
        double total = 0;
        correct = 0;
        bool withGradient = !gradient.IsEmpty;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = logits.Slice(r * classes, classes);
            int label = labels[r];
            int best = Softmax.ArgMax(row);
            if (best == label) correct++;
            float max = row[best]; // a NaN anywhere in the row still reaches the sum
            float sum = 0f;
            if (withGradient)
            {
                Span<float> gradientRow = gradient.Slice(r * classes, classes);
                for (int c = 0; c < classes; c++) sum += gradientRow[c] = MathF.Exp(row[c] - max);
                float inverseSum = 1f / sum;
                for (int c = 0; c < classes; c++)
                {
                    float g = (gradientRow[c] * inverseSum - (c == label ? 1f : 0f)) * gradientScale;
                    gradientRow[c] = float.IsSubnormal(g) ? 0f : g;
                }
            }
            else
            {
                for (int c = 0; c < classes; c++) sum += MathF.Exp(row[c] - max);
            }
            total += MathF.Log(sum) - (row[label] - max);
        }
        return total;
    }

    public static double BinaryCrossEntropy(ReadOnlySpan<float> logits, int rows, ReadOnlySpan<int> labels,
        Span<float> gradient, float gradientScale, out int correct)
    {
        double total = 0;
        correct = 0;
        bool withGradient = !gradient.IsEmpty;
        for (int r = 0; r < rows; r++)
        {
            float z = logits[r];
            int y = labels[r];
            // log(1 + e^z) - y z, written so that neither branch overflows.
            total += MathF.Max(z, 0f) - z * y + MathF.Log(1f + MathF.Exp(-MathF.Abs(z)));
            if ((z > 0f ? 1 : 0) == y) correct++;
            if (!withGradient) continue;
            float g = (Activations.Sigmoid(z) - y) * gradientScale;
            gradient[r] = float.IsSubnormal(g) ? 0f : g;
        }
        return total;
    }

    public static double Compute(LossKind kind, ReadOnlySpan<float> logits, int rows, int outputs, ReadOnlySpan<int> labels,
        Span<float> gradient, float gradientScale, out int correct) => kind switch
        {
            LossKind.SoftmaxCrossEntropy => SoftmaxCrossEntropy(logits, rows, outputs, labels, gradient, gradientScale, out correct),
            LossKind.BinaryCrossEntropy => BinaryCrossEntropy(logits, rows, labels, gradient, gradientScale, out correct),
            LossKind.OneVsAllBinaryCrossEntropy => SigmoidLosses.OneVsAll(logits, rows, outputs, labels, gradient, gradientScale, out correct),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
}
