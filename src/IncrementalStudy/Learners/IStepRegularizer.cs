using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// What a regularisation-based learner (LwF, EWC) adds to plain fine-tuning of a shared head: loss terms for one step's
/// fit, built from what it kept of earlier steps, and what it keeps after the step.
/// </summary>
internal interface IStepRegularizer
{
    /// <summary>Terms for this step's fit; <paramref name="oldOutputs"/> outputs existed before the step (0 in the first).</summary>
    IReadOnlyList<ILossTerm> BeginStep(INetwork model, int oldOutputs);

    /// <summary>Called after the fit on the step's training data.</summary>
    void EndStep(INetwork model, Dataset train);

    /// <summary>Floats held now besides the model's parameters.</summary>
    long ModelCopyFloats { get; }
}
