namespace IncrementalStudy.Numerics;

/// <summary>Softmax helpers on one row of logits, stable through log-sum-exp.</summary>
internal static class Softmax
{
    public static float LogSumExp(ReadOnlySpan<float> logits)
    {
        float max = float.NegativeInfinity;
        foreach (float z in logits) max = MathF.Max(max, z);
        double sum = 0;
        foreach (float z in logits) sum += Math.Exp(z - max);
        return max + (float)Math.Log(sum);
    }

    public static void Probabilities(ReadOnlySpan<float> logits, Span<float> probabilities)
    {
        float logSum = LogSumExp(logits);
        for (int i = 0; i < logits.Length; i++) probabilities[i] = MathF.Exp(logits[i] - logSum);
    }

    public static void LogProbabilities(ReadOnlySpan<float> logits, Span<float> logProbabilities)
    {
        float logSum = LogSumExp(logits);
        for (int i = 0; i < logits.Length; i++) logProbabilities[i] = logits[i] - logSum;
    }

    /// <summary>Index of the largest value; the first one on ties, as numpy's argmax.</summary>
    public static int ArgMax(ReadOnlySpan<float> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
            if (values[i] > values[best]) best = i;
        return best;
    }
}
