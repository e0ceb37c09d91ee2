using IncrementalStudy.Data;
using IncrementalStudy.Learners;

namespace IncrementalStudy.Recording;

/// <summary>A phase has been trained; the learner is as it will be evaluated for this step.</summary>
/// <param name="OldCategories">Categories the learner had before the phase.</param>
/// <param name="TrainMs">Wall-clock time of the phase's training without the per-epoch evaluations (<see cref="EvalMs"/>).</param>
/// <param name="Evaluation">The learner's predictions on the full test set and the accuracy matrix so far.</param>
/// <param name="EvalMs">Wall-clock time of the per-epoch evaluations during the phase's training.</param>
/// <param name="TrainMultiplyAdds">Multiply-adds of the phase's training outside the per-epoch evaluations (see <see cref="Models.MultiplyAddCounter"/>).</param>
/// <param name="EvalMultiplyAdds">Multiply-adds of the per-epoch evaluations.</param>
public sealed record PhaseEndEvent(PhaseData Phase, int OldCategories, IIncrementalLearner Learner, PhaseTraining Training, double TrainMs, StepEvaluation Evaluation,
    double EvalMs = 0, long TrainMultiplyAdds = 0, long EvalMultiplyAdds = 0);
