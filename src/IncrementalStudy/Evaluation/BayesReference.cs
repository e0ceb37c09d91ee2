using IncrementalStudy.Data;

namespace IncrementalStudy.Evaluation;

/// <summary>
/// What the reference (Bayes) rule of a scenario scores on the class-incremental metrics. After each step it decides among
/// the categories present then, so whatever it "forgets" is class interference alone: no learning is involved.
/// </summary>
internal static class BayesReference
{
    /// <summary>The reference rule's accuracy matrix R on the last phase's test set (R[i, j]: after step i, on step j's classes).</summary>
    public static double[,] AccuracyMatrix(ScenarioData data, IReferenceClassifier reference)
    {
        Dataset test = data.Phases[^1].Test;
        int steps = data.Phases.Count;
        var r = new double[steps, steps];
        for (int i = 0; i < steps; i++)
        {
            int present = data.Phases[i].Categories;
            int[] predicted = [.. Enumerable.Range(0, test.Count).Select(n => reference.Classify(test.Row(n), present))];
            for (int j = 0; j < steps; j++)
            {
                int first = j == 0 ? 0 : data.Phases[j - 1].Categories, end = data.Phases[j].Categories;
                r[i, j] = Accuracy.Where(predicted, test.Labels, l => l >= first && l < end);
            }
        }
        return r;
    }

    /// <summary>forgetting_max (Chaudhry et al. 2018) of the reference rule: the interference part of a learner's forgetting.</summary>
    public static double Forgetting(ScenarioData data, IReferenceClassifier reference) =>
        IncrementalMetrics.ForgettingMax(AccuracyMatrix(data, reference));
}
