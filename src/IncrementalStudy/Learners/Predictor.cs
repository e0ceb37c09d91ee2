using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// How a shared head turns its network into scores (the prediction is their argmax). A definition; <see cref="Start"/>
/// makes its per-case state. New predictors are new subclasses.
/// </summary>
public abstract record Predictor
{
    public abstract IPredictor Start(LearnerContext context);

    public abstract string Describe();

    /// <summary>The argmax of the network's logits.</summary>
    public sealed record ArgMax : Predictor
    {
        public override IPredictor Start(LearnerContext context) => new LogitScores();

        public override string Describe() => "argmax prediction";
    }

    /// <summary>iCaRL's nearest mean of exemplars (Rebuffi et al. 2017); needs a rehearsal that keeps exemplar sets.</summary>
    public sealed record NearestMeanOfExemplars : Predictor
    {
        public override IPredictor Start(LearnerContext context) => new NearestMeanScores();

        public override string Describe() => "nearest-mean-of-exemplars prediction";
    }

    /// <summary>
    /// BiC's bias correction of the newest classes' logits (Wu et al. 2019), (α, β) fitted by Newton's method to convergence on the
    /// stored validation set (the paper trains them by SGD); needs a rehearsal that keeps a validation set.
    /// </summary>
    public sealed record BiasCorrected : Predictor
    {
        public override IPredictor Start(LearnerContext context) => new BiasCorrectedScores(context.InitialCategories);

        public override string Describe() => "(α, β) correction of the newest classes' logits, Newton-fitted on the validation set";
    }
}

/// <summary>The per-case state of a <see cref="Predictor"/>.</summary>
public interface IPredictor
{
    /// <summary>One score per present category and sample, row-major.</summary>
    float[] Scores(INetwork model, Dataset data);

    /// <summary>Called at the end of each step, after the rehearsal stored its samples.</summary>
    void EndStep(StepEnd end, ISampleMemory memory);

    /// <summary>A frozen copy of the model turned into the network whose logits are this predictor's scores, for distillation.</summary>
    INetwork Teacher(INetwork frozenCopy) => frozenCopy;

    /// <summary>What the scores are; null: the base loss's logits.</summary>
    ScoreKind? ScoreKind => null;

    /// <summary>Parameters the predictor adds to the network's.</summary>
    int ExtraParameters => 0;
}

internal sealed class LogitScores : IPredictor
{
    public float[] Scores(INetwork model, Dataset data) => Trainer.Logits(model, data);

    public void EndStep(StepEnd end, ISampleMemory memory) { }
}

/// <summary>iCaRL's classifier (<see cref="Learners.NearestMeanOfExemplars"/>); the logits until the first step's means exist.</summary>
internal sealed class NearestMeanScores : IPredictor
{
    private readonly List<double[]> _means = [];

    // Nearest-mean scores are negative distances, not logits.
    public ScoreKind? ScoreKind => Learners.ScoreKind.NotProbabilistic;

    public float[] Scores(INetwork model, Dataset data) => _means.Count == model.Outputs
        ? Learners.NearestMeanOfExemplars.Scores(model.HiddenFeatures(data), model.Head.Inputs, _means)
        : Trainer.Logits(model, data);

    public void EndStep(StepEnd end, ISampleMemory memory)
    {
        ExemplarMemory exemplars = memory.Exemplars ?? throw new InvalidOperationException("The nearest mean of exemplars needs a rehearsal that keeps exemplar sets.");
        INetwork model = end.Model;
        int width = model.Head.Inputs;
        _means.Clear();
        for (int c = 0; c < model.Outputs; c++)
            _means.Add(exemplars.Has(c) ? Learners.NearestMeanOfExemplars.Mean(model.HiddenFeatures(exemplars.Of(c)), width) : new double[width]);
    }
}

/// <summary>BiC's stage 2 (<see cref="Learners.BiasCorrection"/>).</summary>
internal sealed class BiasCorrectedScores(int initialCategories) : IPredictor
{
    public Learners.BiasCorrection Correction { get; private set; } = Learners.BiasCorrection.Identity(initialCategories);

    public int ExtraParameters => 2;

    public float[] Scores(INetwork model, Dataset data)
    {
        float[] logits = Trainer.Logits(model, data);
        Correction.Apply(logits, model.Outputs);
        return logits;
    }

    public void EndStep(StepEnd end, ISampleMemory memory)
    {
        int outputs = end.Model.Outputs;
        if (end.OldOutputs == 0)
        {
            Correction = Learners.BiasCorrection.Identity(outputs);
            return;
        }
        Dataset validation = memory.Validation ?? throw new InvalidOperationException("Bias correction needs a rehearsal that keeps a validation set.");
        Correction = Learners.BiasCorrection.Fit(Trainer.Logits(end.Model, validation), outputs, validation.Labels, end.OldOutputs);
    }

    /// <summary>α(Wx + b) + β = (αW)x + (αb + β) on the corrected columns.</summary>
    public INetwork Teacher(INetwork frozenCopy)
    {
        DenseLayer head = frozenCopy.Head;
        for (int k = Correction.FirstNew; k < head.Outputs; k++)
        {
            for (int r = 0; r < head.Inputs; r++) head.Kernel.Value[r * head.Outputs + k] = (float)(Correction.Alpha * head.Kernel.Value[r * head.Outputs + k]);
            head.Bias.Value[k] = (float)(Correction.Alpha * head.Bias.Value[k] + Correction.Beta);
        }
        return frozenCopy;
    }
}
