using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// Learning without Forgetting (Li &amp; Hoiem 2016, ECCV; TPAMI 2018) in its class-incremental form: at the start of each
/// step the model is frozen as a teacher, and the fit adds λ·T²·KL between the teacher's and the student's
/// temperature-softened softmax over the outputs that existed before the step (<see cref="Numerics.Distillation"/>) to the
/// cross-entropy on the new data over all outputs. No exemplars; the teacher is dropped when the step ends. The paper's
/// warm-up phase (training only the new head first) is not used: the new nodes train jointly from the first batch.
/// </summary>
internal sealed class LwfRegularizer(double lambda, double temperature) : IStepRegularizer
{
    private long _teacherFloats;

    public long ModelCopyFloats => _teacherFloats;

    public IReadOnlyList<ILossTerm> BeginStep(INetwork model, int oldOutputs)
    {
        if (oldOutputs == 0) return [];
        // The old head columns keep their bits at expansion, so the expanded model's first oldOutputs logits are the old model's.
        INetwork teacher = model.Clone();
        _teacherFloats = model.ParameterCount - (long)(model.Outputs - oldOutputs) * (model.Head.Inputs + 1);
        return [new DistillationTerm(teacher, oldOutputs, temperature, lambda)];
    }

    public void EndStep(INetwork model, Dataset train) => _teacherFloats = 0;
}
