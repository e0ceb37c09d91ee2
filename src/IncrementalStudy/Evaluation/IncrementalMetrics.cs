namespace IncrementalStudy.Evaluation;

/// <summary>
/// Class-incremental metrics as pure functions of the accuracy matrix R (docs/design.md §4), 0-based here: R[i, j] is the accuracy
/// after training step i on the test classes of step j; T = number of steps. NaN when a metric needs more steps than there are.
/// </summary>
internal static class IncrementalMetrics
{
    /// <summary>A_i = mean over j ≤ i of R[i, j].</summary>
    public static double AverageAccuracy(double[,] r, int i) => Enumerable.Range(0, i + 1).Average(j => r[i, j]);

    /// <summary>Mean over steps of A_i: every step's classes weigh the same, whatever their test counts (not the published average incremental accuracy).</summary>
    public static double MeanStepAverageAccuracy(double[,] r) => Enumerable.Range(0, Steps(r)).Average(i => AverageAccuracy(r, i));

    /// <summary>
    /// Sample-weighted accuracy after step i on the test samples of all classes seen so far:
    /// Σ_{j ≤ i} n_j R[i, j] / Σ_{j ≤ i} n_j, with n_j the test samples of step j's classes.
    /// </summary>
    public static double AccuracyAllSeen(double[,] r, IReadOnlyList<int> testCounts, int i)
    {
        double weighted = 0, total = 0;
        for (int j = 0; j <= i; j++)
        {
            weighted += testCounts[j] * r[i, j];
            total += testCounts[j];
        }
        return total == 0 ? double.NaN : weighted / total;
    }

    /// <summary>
    /// Average incremental accuracy as published (Rebuffi et al. 2017, iCaRL; Hou et al. 2019): the mean over steps i of the
    /// accuracy on the test samples of all classes seen after step i (<see cref="AccuracyAllSeen"/>).
    /// </summary>
    public static double AverageIncrementalAccuracy(double[,] r, IReadOnlyList<int> testCounts)
    {
        if (testCounts.Count != Steps(r)) throw new ArgumentException("One test count per step is needed.", nameof(testCounts));
        return Enumerable.Range(0, Steps(r)).Average(i => AccuracyAllSeen(r, testCounts, i));
    }

    /// <summary>Chaudhry et al. / FACIL: mean over j &lt; T−1 of (max over j ≤ l &lt; T−1 of R[l, j]) − R[T−1, j].</summary>
    public static double ForgettingMax(double[,] r)
    {
        int last = Steps(r) - 1;
        return MeanOver(0, last, j => Enumerable.Range(j, last - j).Max(l => r[l, j]) - r[last, j]);
    }

    /// <summary>Avalanche: mean over j &lt; T−1 of R[j, j] − R[T−1, j] (forgetting since the step that trained it).</summary>
    public static double ForgettingFirst(double[,] r)
    {
        int last = Steps(r) - 1;
        return MeanOver(0, last, j => r[j, j] - r[last, j]);
    }

    /// <summary>GEM backward transfer: mean over j &lt; T−1 of R[T−1, j] − R[j, j].</summary>
    public static double BackwardTransfer(double[,] r)
    {
        int last = Steps(r) - 1;
        return MeanOver(0, last, j => r[last, j] - r[j, j]);
    }

    private static int Steps(double[,] r) =>
        r.GetLength(0) == r.GetLength(1) ? r.GetLength(0) : throw new ArgumentException("The accuracy matrix must be square.", nameof(r));

    private static double MeanOver(int from, int to, Func<int, double> value) =>
        to <= from ? double.NaN : Enumerable.Range(from, to - from).Average(value);
}
