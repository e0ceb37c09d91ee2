using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Training;
using IncrementalStudy.Validation;

namespace IncrementalStudy.Learners;

/// <summary>
/// A step regulariser of a shared head: loss terms added to each step's fit, built from what it kept of earlier steps, and
/// what it keeps after the step. A definition (immutable, described in the definition hash); <see cref="Start"/> makes its
/// per-case state. Several regularisers compose as a list (e.g. replay + EWC is <see cref="Rehearsal.Replay"/> with
/// <c>[new Regularizer.Ewc(…)]</c>); new ones are new subclasses.
/// </summary>
public abstract record Regularizer
{
    public abstract IStepRegularizer Start(LearnerContext context);

    public abstract string Describe();

    public virtual IEnumerable<ValidationError> Validate(string field) => [];

    /// <summary>
    /// Learning without Forgetting (Li &amp; Hoiem 2016, ECCV; TPAMI 2018), class-incremental form: the model before the step is
    /// the teacher, and the fit adds λ·KL between the teacher's and the student's temperature-softened softmax over the old
    /// outputs. With <paramref name="ScaleByTemperatureSquared"/> the term is multiplied by T² (Hinton, Vinyals &amp; Dean 2015's
    /// scaling, which keeps the soft targets' gradient size independent of T); the paper's loss has no such factor. The
    /// paper's warm-up (training only the new head first) is not used: the new outputs train jointly from the first batch.
    /// </summary>
    public sealed record Lwf(double Lambda = 1, double Temperature = 2, bool ScaleByTemperatureSquared = true) : Regularizer
    {
        public override IStepRegularizer Start(LearnerContext context) =>
            new Distilling(start => new DistillationTerm(start.Teacher(), start.OldOutputs, Temperature,
                ScaleByTemperatureSquared ? Lambda : Lambda / (Temperature * Temperature)));

        public override string Describe() =>
            $"LwF distillation (Li & Hoiem 2016) {(ScaleByTemperatureSquared ? "λ·T²·KL" : "λ·KL")} to the previous model's softened old outputs, λ = {Lambda}, T = {Temperature}";

        public override IEnumerable<ValidationError> Validate(string field)
        {
            if (!(Lambda >= 0)) yield return new ValidationError($"{field}.{nameof(Lambda)}", $"is {Lambda}", "the distillation weight must be at least 0");
            if (!(Temperature > 0)) yield return new ValidationError($"{field}.{nameof(Temperature)}", $"is {Temperature}", "the temperature must be positive");
        }
    }

    /// <summary>Elastic Weight Consolidation (Kirkpatrick et al. 2017, PNAS); see <see cref="EwcRegularizer"/>.</summary>
    /// <param name="FisherSamples">Samples of each step's training set the Fisher is estimated on (null: all of them).</param>
    public sealed record Ewc(double Lambda, int? FisherSamples = null) : Regularizer
    {
        public override IStepRegularizer Start(LearnerContext context) => new EwcRegularizer(Lambda, FisherSamples, context.RngFor("ewc-fisher"));

        public override string Describe() =>
            $"EWC (Kirkpatrick et al. 2017) + (λ/2)·Σ F (θ − θ*)², true diagonal Fisher{(FisherSamples is { } m ? $" on {m} random samples of each step" : "")} summed over steps, new outputs unpenalised, λ = {Lambda}";

        public override IEnumerable<ValidationError> Validate(string field)
        {
            if (!(Lambda >= 0)) yield return new ValidationError($"{field}.{nameof(Lambda)}", $"is {Lambda}", "the penalty weight must be at least 0");
            if (FisherSamples is <= 0)
                yield return new ValidationError($"{field}.{nameof(FisherSamples)}", $"is {FisherSamples}", "the Fisher needs at least one sample (null uses all)");
        }
    }

    /// <summary>iCaRL's distillation (Rebuffi et al. 2017, Algorithm 3): the old outputs' targets are the previous model's sigmoid outputs.</summary>
    public sealed record SigmoidDistillation : Regularizer
    {
        public override IStepRegularizer Start(LearnerContext context) =>
            new Distilling(start => new SigmoidDistillationTerm(start.Teacher(), start.OldOutputs));

        public override string Describe() => "iCaRL distillation (Rebuffi et al. 2017): the previous model's sigmoid outputs as old targets";
    }

    /// <summary>
    /// BiC's stage-1 loss (Wu et al. 2019, eq. 1–3): λ·L_d + (1 − λ)·L_c, λ = old / all outputs, with the previous model's
    /// corrected logits as the teacher. It scales the logit gradient the base loss wrote, so it goes first in the list.
    /// </summary>
    public sealed record BicDistillation(double Temperature = 2) : Regularizer
    {
        public override IStepRegularizer Start(LearnerContext context) =>
            new Distilling(start => new BicStage1Term(start.Teacher(), start.OldOutputs, start.Model.Outputs, Temperature));

        public override string Describe() => $"BiC stage-1 distillation (Wu et al. 2019), T = {Temperature}";

        public override IEnumerable<ValidationError> Validate(string field)
        {
            if (!(Temperature > 0)) yield return new ValidationError($"{field}.{nameof(Temperature)}", $"is {Temperature}", "the temperature must be positive");
        }
    }

    /// <summary>
    /// Weight aligning (Zhao et al. 2020, CVPR) after each step: the new outputs' kernel columns are rescaled to the old columns'
    /// mean norm. No loss term; the paper's head has no bias, this one has, and the biases are left as they are.
    /// </summary>
    public sealed record WeightAligning : Regularizer
    {
        public override IStepRegularizer Start(LearnerContext context) => new Aligning();

        public override string Describe() => "weight aligning";
    }
}

/// <summary>The per-case state of a <see cref="Regularizer"/>.</summary>
public interface IStepRegularizer
{
    /// <summary>Terms for this step's fit.</summary>
    IReadOnlyList<ILossTerm> BeginStep(StepStart start);

    /// <summary>Called after the fit on the step's training set.</summary>
    void EndStep(StepEnd end);

    /// <summary>Floats held now besides the model's parameters (teacher copies, Fisher diagonals, anchors).</summary>
    long ModelCopyFloats { get; }
}

/// <summary>A regulariser that distils from a frozen copy of the model before the step, held only during the step.</summary>
internal sealed class Distilling(Func<StepStart, ILossTerm> term) : IStepRegularizer
{
    public long ModelCopyFloats { get; private set; }

    public IReadOnlyList<ILossTerm> BeginStep(StepStart start)
    {
        if (start.OldOutputs == 0) return [];
        // The old head columns keep their bits at expansion, so the expanded model's first OldOutputs logits are the old model's.
        ModelCopyFloats = start.TeacherFloats;
        return [term(start)];
    }

    public void EndStep(StepEnd end) => ModelCopyFloats = 0;
}

internal sealed class Aligning : IStepRegularizer
{
    public long ModelCopyFloats => 0;

    public IReadOnlyList<ILossTerm> BeginStep(StepStart start) => [];

    public void EndStep(StepEnd end) => HeadInitializer.AlignWeights(end.Model.Head, end.OldOutputs);
}
