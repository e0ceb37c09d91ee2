using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>A frozen teacher's softened outputs over the first <c>outputs</c> logits as targets for the student's (LwF, BiC).</summary>
internal sealed class DistillationTerm(INetwork teacher, int outputs, double temperature, double weight) : ILossTerm
{
    public double AddLogitGradient(TrainingBatch batch, Span<float> logitGradient)
    {
        ReadOnlySpan<float> teacherLogits = teacher.Forward(batch.Inputs, batch.Rows);
        return Distillation.Add(batch.Logits, batch.Outputs, teacherLogits, teacher.Outputs, batch.Rows, outputs, temperature, weight,
            logitGradient, 1f / batch.Rows);
    }
}
