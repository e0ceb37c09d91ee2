using IncrementalStudy.Models;

namespace IncrementalStudy.Training;

/// <summary>
/// A term a learner adds to the training loss of one fit (distillation, a penalty on moving parameters), called by the
/// shared training loop once per batch, so new learners need no change to the loop. Both hooks default to "no term".
/// </summary>
public interface ILossTerm
{
    /// <summary>
    /// Called after the base loss has written ∂L/∂logits (already scaled by 1/rows) and before backpropagation: adds this
    /// term's gradient with respect to the logits, scaled the same way, and returns the term's loss summed over the rows.
    /// </summary>
    double AddLogitGradient(TrainingBatch batch, Span<float> logitGradient) => 0;

    /// <summary>
    /// Called after backpropagation has filled every parameter's gradient and before the optimizer step: adds this term's
    /// gradient with respect to the parameters and returns its value, a penalty on the batch-mean loss.
    /// </summary>
    double AddParameterGradient(IReadOnlyList<Parameter> parameters) => 0;
}
