using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// iCaRL's distillation (Rebuffi et al. 2017, Algorithm 3) on top of the one-vs-all binary cross-entropy: for the first
/// <c>outputs</c> outputs the target becomes the frozen teacher's sigmoid output instead of the one-hot label. It adds the
/// difference of the two losses and of their gradients, (onehot − σ(teacher))·scale, to the old columns.
/// </summary>
internal sealed class SigmoidDistillationTerm(INetwork teacher, int outputs) : ILossTerm
{
    public double AddLogitGradient(TrainingBatch batch, Span<float> logitGradient)
    {
        ReadOnlySpan<float> teacherLogits = teacher.Forward(batch.Inputs, batch.Rows);
        float scale = 1f / batch.Rows;
        double total = 0;
        for (int r = 0; r < batch.Rows; r++)
            for (int c = 0; c < outputs; c++)
            {
                float z = batch.Logits[r * batch.Outputs + c];
                float target = Activations.Sigmoid(teacherLogits[r * teacher.Outputs + c]);
                float oneHot = batch.Labels[r] == c ? 1f : 0f;
                total += SigmoidLosses.Term(z, target) - SigmoidLosses.Term(z, oneHot);
                logitGradient[r * batch.Outputs + c] += (oneHot - target) * scale;
            }
        return total;
    }
}
