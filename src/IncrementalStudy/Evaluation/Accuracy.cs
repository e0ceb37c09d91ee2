namespace IncrementalStudy.Evaluation;

internal static class Accuracy
{
    /// <summary>Share of positions where prediction equals label; NaN when there is nothing to score.</summary>
    public static double Of(ReadOnlySpan<int> predicted, ReadOnlySpan<int> labels)
    {
        if (predicted.Length != labels.Length) throw new ArgumentException("Predictions and labels differ in length.");
        if (labels.Length == 0) return double.NaN;
        int correct = 0;
        for (int i = 0; i < labels.Length; i++) if (predicted[i] == labels[i]) correct++;
        return (double)correct / labels.Length;
    }

    /// <summary>Accuracy restricted to points whose label satisfies <paramref name="include"/>; NaN when none does.</summary>
    public static double Where(ReadOnlySpan<int> predicted, ReadOnlySpan<int> labels, Func<int, bool> include)
    {
        int total = 0, correct = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (!include(labels[i])) continue;
            total++;
            if (predicted[i] == labels[i]) correct++;
        }
        return total == 0 ? double.NaN : (double)correct / total;
    }

    /// <summary>Share of points with a label in [0, <paramref name="newestFrom"/>) predicted as a class ≥ <paramref name="newestFrom"/>.</summary>
    public static double NewestClassAttraction(ReadOnlySpan<int> predicted, ReadOnlySpan<int> labels, int newestFrom)
    {
        int old = 0, attracted = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] >= newestFrom) continue;
            old++;
            if (predicted[i] >= newestFrom) attracted++;
        }
        return old == 0 ? double.NaN : (double)attracted / old;
    }

    /// <summary>Counts[true][predicted].</summary>
    public static long[,] Confusion(ReadOnlySpan<int> predicted, ReadOnlySpan<int> labels, int classes)
    {
        var counts = new long[classes, classes];
        for (int i = 0; i < labels.Length; i++) counts[labels[i], predicted[i]]++;
        return counts;
    }
}
