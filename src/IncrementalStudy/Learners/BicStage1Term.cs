using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// BiC's stage-1 loss (Wu et al. 2019, eq. 1–3): λ·L_d + (1 − λ)·L_c with λ = n / (n + m) for n old and m new classes;
/// L_c is the trainer's softmax cross-entropy, scaled here by (1 − λ), and L_d the distillation −Σ π̂ log π at temperature
/// T over the old outputs (KL here, which differs by a constant; no T² factor, as in the paper's equation).
/// </summary>
internal sealed class BicStage1Term(INetwork teacher, int oldOutputs, int outputs, double temperature) : ILossTerm
{
    public double Lambda { get; } = (double)oldOutputs / outputs;

    public double AddLogitGradient(TrainingBatch batch, Span<float> logitGradient)
    {
        float keep = (float)(1 - Lambda);
        for (int i = 0; i < logitGradient.Length; i++) logitGradient[i] *= keep;
        double crossEntropy = Losses.SoftmaxCrossEntropy(batch.Logits, batch.Rows, batch.Outputs, batch.Labels, Span<float>.Empty, 0f, out _);
        ReadOnlySpan<float> teacherLogits = teacher.Forward(batch.Inputs, batch.Rows);
        double distillation = Distillation.Add(batch.Logits, batch.Outputs, teacherLogits, teacher.Outputs, batch.Rows, oldOutputs, temperature,
            Lambda / (temperature * temperature), logitGradient, 1f / batch.Rows);
        return distillation - Lambda * crossEntropy;
    }
}
