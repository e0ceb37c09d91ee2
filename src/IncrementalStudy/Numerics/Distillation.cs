namespace IncrementalStudy.Numerics;

/// <summary>
/// Knowledge distillation (Hinton, Vinyals &amp; Dean 2015) as LwF uses it (Li &amp; Hoiem 2016): per row,
/// weight·T²·KL(p‖q) with p = softmax(teacher/T) and q = softmax(student/T) over the first <c>outputs</c> logits.
/// KL differs from LwF's cross-entropy −Σ p log q only by the teacher's entropy, a constant, so the gradients are the same;
/// T² keeps the gradient's size independent of T. ∂/∂student_j = weight·T·(q_j − p_j).
/// </summary>
internal static class Distillation
{
    /// <summary>
    /// Adds weight·T·(q − p)·scale to the first <paramref name="outputs"/> columns of each gradient row (row width
    /// <paramref name="studentWidth"/>) and returns the summed loss. The teacher rows have width <paramref name="teacherWidth"/>.
    /// </summary>
    public static double Add(ReadOnlySpan<float> student, int studentWidth, ReadOnlySpan<float> teacher, int teacherWidth, int rows, int outputs,
        double temperature, double weight, Span<float> gradient, float gradientScale)
    {
        double total = 0;
        var p = new double[outputs];
        var q = new double[outputs];
        for (int r = 0; r < rows; r++)
        {
            SoftenedProbabilities(teacher.Slice(r * teacherWidth, outputs), temperature, p);
            SoftenedProbabilities(student.Slice(r * studentWidth, outputs), temperature, q);
            double kl = 0;
            for (int j = 0; j < outputs; j++)
                if (p[j] > 0) kl += p[j] * (Math.Log(p[j]) - Math.Log(q[j]));
            total += weight * temperature * temperature * kl;
            if (gradient.IsEmpty) continue;
            for (int j = 0; j < outputs; j++)
                gradient[r * studentWidth + j] += (float)(weight * temperature * (q[j] - p[j]) * gradientScale);
        }
        return total;
    }

    private static void SoftenedProbabilities(ReadOnlySpan<float> logits, double temperature, double[] result)
    {
        double max = double.NegativeInfinity;
        foreach (float z in logits) max = Math.Max(max, z / temperature);
        double sum = 0;
        for (int j = 0; j < logits.Length; j++) sum += result[j] = Math.Exp(logits[j] / temperature - max);
        for (int j = 0; j < logits.Length; j++) result[j] /= sum;
    }
}
