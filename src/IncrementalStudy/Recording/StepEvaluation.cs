using IncrementalStudy.Data;
using IncrementalStudy.Evaluation;

namespace IncrementalStudy.Recording;

/// <summary>
/// What the case loop measures once per step for every observer: the learner's predictions on the phase's test set (the
/// full test set restricted to the present categories) and the accuracy matrix so far. R[i, j] = accuracy after step i on
/// the test classes of step j, for every step j of the scenario (classes of steps not trained yet have no output, so they
/// count as wrong and need no prediction).
/// </summary>
public sealed class StepEvaluation
{
    private StepEvaluation(int step, int[] predicted, Dataset allTest, double[,] matrix)
    {
        Step = step;
        Predicted = predicted;
        AllTest = allTest;
        Matrix = matrix;
    }

    /// <summary>1-based number of the step just trained.</summary>
    public int Step { get; }

    /// <summary>Steps of the scenario (T).</summary>
    public int Steps => Matrix.GetLength(0);

    /// <summary>The learner's predictions on the phase's test set.</summary>
    public int[] Predicted { get; }

    /// <summary>The test set of every category of the scenario (the last phase's).</summary>
    public Dataset AllTest { get; }

    /// <summary>R as a T × T matrix (0-based); rows of steps not trained yet are 0.</summary>
    public double[,] Matrix { get; }

    /// <summary>The previous step's matrix extended by this step's row, from the predictions on <paramref name="phase"/>'s test set.</summary>
    public static StepEvaluation Measure(ScenarioData data, PhaseData phase, int[] predicted, StepEvaluation? previous)
    {
        Dataset allTest = data.Phases[^1].Test;
        if (!phase.Test.Labels.AsSpan().SequenceEqual([.. allTest.Labels.Where(l => l < phase.Categories)]))
            throw new InvalidOperationException($"Phase {phase.Number}'s test set is not the full test set restricted to its categories.");
        int steps = data.Phases.Count;
        double[,] matrix = previous is null ? new double[steps, steps] : (double[,])previous.Matrix.Clone();
        for (int step = 1; step <= steps; step++)
        {
            int first = step == 1 ? 0 : data.Phases[step - 2].Categories, end = data.Phases[step - 1].Categories;
            bool trained = end <= phase.Categories;
            // A class without an output is never predicted: accuracy 0 on its samples (NaN, as for any empty set, without samples).
            matrix[phase.Number - 1, step - 1] = trained
                ? Accuracy.Where(predicted, phase.Test.Labels, l => l >= first && l < end)
                : allTest.Labels.Any(l => l >= first && l < end) ? 0 : double.NaN;
        }
        return new StepEvaluation(phase.Number, predicted, allTest, matrix);
    }
}
