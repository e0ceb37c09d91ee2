using IncrementalStudy.Data;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Evaluation;

/// <summary>
/// How far a head expansion changes the model's behaviour on a data set, measured before any update.
/// "Old" logits/probabilities are those of the categories that existed before the expansion.
/// </summary>
internal sealed record ExpansionProbe(
    int NewCategory,
    int Points,
    bool OldParametersBitIdentical,
    double OldLogitMaxAbsChange,
    double NewLogitMin,
    double NewLogitMax,
    double FlipRate,
    double OldLogitsAllNegativeShare,
    double OldProbMaxAbsChange,
    double OldProbMeanAbsChange,
    double AccuracyBefore,
    double AccuracyAfter,
    double? LossBefore,
    double? LossAfter,
    long OptimizerStateBefore,
    long OptimizerStateAfter)
{
    public static ExpansionProbe Measure(HeadExpansion expansion, Dataset data)
    {
        INetwork before = expansion.Before, after = expansion.After;
        int oldClasses = before.Outputs, newClasses = after.Outputs, n = data.Count;
        float[] logitsBefore = Trainer.Logits(before, data);
        float[] logitsAfter = Trainer.Logits(after, data);
        Span<float> probabilitiesBefore = stackalloc float[oldClasses];
        Span<float> probabilitiesAfter = stackalloc float[newClasses];

        double maxLogitChange = 0, newMin = double.PositiveInfinity, newMax = double.NegativeInfinity;
        double maxProbChange = 0, sumProbChange = 0;
        int flips = 0, allNegative = 0, correctBefore = 0, correctAfter = 0;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<float> rowBefore = logitsBefore.AsSpan(i * oldClasses, oldClasses);
            ReadOnlySpan<float> rowAfter = logitsAfter.AsSpan(i * newClasses, newClasses);
            bool allOldNegative = true;
            for (int c = 0; c < oldClasses; c++)
            {
                maxLogitChange = Math.Max(maxLogitChange, Math.Abs((double)rowAfter[c] - rowBefore[c]));
                allOldNegative &= rowBefore[c] < 0f;
            }
            for (int c = oldClasses; c < newClasses; c++)
            {
                newMin = Math.Min(newMin, rowAfter[c]);
                newMax = Math.Max(newMax, rowAfter[c]);
            }
            if (allOldNegative) allNegative++;
            int predictedBefore = Softmax.ArgMax(rowBefore), predictedAfter = Softmax.ArgMax(rowAfter);
            if (predictedBefore != predictedAfter) flips++;
            if (predictedBefore == data.Labels[i]) correctBefore++;
            if (predictedAfter == data.Labels[i]) correctAfter++;
            Softmax.Probabilities(rowBefore, probabilitiesBefore);
            Softmax.Probabilities(rowAfter, probabilitiesAfter);
            for (int c = 0; c < oldClasses; c++)
            {
                double change = Math.Abs((double)probabilitiesAfter[c] - probabilitiesBefore[c]);
                maxProbChange = Math.Max(maxProbChange, change);
                sumProbChange += change;
            }
        }

        // A loss needs every label to have an output: not so before the expansion when the new class has samples, nor after
        // it when a step brings several classes and later ones are not added yet.
        bool labelsFitOldHead = data.Labels.All(l => l < oldClasses), labelsFitNewHead = data.Labels.All(l => l < newClasses);
        return new ExpansionProbe(
            expansion.NewCategory,
            n,
            OldParametersUnchanged(before, after),
            maxLogitChange,
            n == 0 ? double.NaN : newMin,
            n == 0 ? double.NaN : newMax,
            Share(flips, n),
            Share(allNegative, n),
            maxProbChange,
            n == 0 ? double.NaN : sumProbChange / ((double)n * oldClasses),
            Share(correctBefore, n),
            Share(correctAfter, n),
            labelsFitOldHead ? Trainer.Measure(LossKind.SoftmaxCrossEntropy, logitsBefore, oldClasses, data.Labels).Loss : null,
            labelsFitNewHead ? Trainer.Measure(LossKind.SoftmaxCrossEntropy, logitsAfter, newClasses, data.Labels).Loss : null,
            expansion.OptimizerStateBefore,
            expansion.OptimizerStateAfter);
    }

    /// <summary>
    /// True when every parameter of <paramref name="before"/> has the same bits at the same place (row, column) in the
    /// matching parameter of <paramref name="after"/>, which may have more columns (a grown head).
    /// </summary>
    public static bool OldParametersUnchanged(INetwork before, INetwork after)
    {
        Parameter[] old = [.. before.Parameters], grown = [.. after.Parameters];
        if (old.Length != grown.Length) return false;
        for (int p = 0; p < old.Length; p++)
        {
            Parameter o = old[p], g = grown[p];
            if (o.Rows != g.Rows || o.Columns > g.Columns) return false;
            for (int r = 0; r < o.Rows; r++)
                for (int c = 0; c < o.Columns; c++)
                    if (!SameBits(o.Value[r * o.Columns + c], g.Value[r * g.Columns + c])) return false;
        }
        return true;
    }

    private static bool SameBits(float a, float b) => BitConverter.SingleToInt32Bits(a) == BitConverter.SingleToInt32Bits(b);

    private static double Share(int count, int total) => total == 0 ? double.NaN : (double)count / total;
}
