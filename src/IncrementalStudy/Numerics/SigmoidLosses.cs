namespace IncrementalStudy.Numerics;

/// <summary>
/// Binary cross-entropy on every output of a multi-output head, each output with its own sigmoid: against one-hot targets
/// (one-vs-all heads sharing a body) or against soft targets (iCaRL's distillation). Sums over rows and outputs; the gradient
/// (σ(z) − t)·scale is written when a gradient span is given, as in <see cref="Losses"/>.
/// </summary>
internal static class SigmoidLosses
{
    /// <summary>Per output c: BCE(z_c, [c = label]). Correct when the argmax of the logits is the label.</summary>
    public static double OneVsAll(ReadOnlySpan<float> logits, int rows, int classes, ReadOnlySpan<int> labels,
        Span<float> gradient, float gradientScale, out int correct)
    {
        double total = 0;
        correct = 0;
        bool withGradient = !gradient.IsEmpty;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = logits.Slice(r * classes, classes);
            int label = labels[r];
            if (Softmax.ArgMax(row) == label) correct++;
            for (int c = 0; c < classes; c++)
            {
                float target = c == label ? 1f : 0f;
                total += Term(row[c], target);
                if (withGradient) gradient[r * classes + c] = Flush((Activations.Sigmoid(row[c]) - target) * gradientScale);
            }
        }
        return total;
    }

    /// <summary>Per logit: BCE(z, t) with t in [0, 1] (row-major targets of the same shape as the logits).</summary>
    public static double SoftTargets(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> gradient, float gradientScale)
    {
        double total = 0;
        bool withGradient = !gradient.IsEmpty;
        for (int i = 0; i < logits.Length; i++)
        {
            total += Term(logits[i], targets[i]);
            if (withGradient) gradient[i] = Flush((Activations.Sigmoid(logits[i]) - targets[i]) * gradientScale);
        }
        return total;
    }

    /// <summary>−t·log σ(z) − (1 − t)·log(1 − σ(z)) = max(z, 0) − z·t + log(1 + e^−|z|), which never overflows.</summary>
    public static double Term(float z, float target) => Math.Max(z, 0.0) - z * (double)target + Math.Log(1 + Math.Exp(-Math.Abs((double)z)));

    private static float Flush(float g) => float.IsSubnormal(g) ? 0f : g;
}
