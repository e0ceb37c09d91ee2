using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// The one shared-head learner: a network whose head grows by one output per new category and keeps training, assembled from
/// the policies of <see cref="SharedHeadOptions"/>. Each step runs the same sequence whatever the policies are:
/// <list type="number">
/// <item>for each arriving category, a new output is born (<see cref="HeadInit"/>) and the optimizer is reset or extended
/// (<see cref="OptimizerHandling"/>);</item>
/// <item>the rehearsal says which samples join the fit (<see cref="Rehearsal"/>);</item>
/// <item>each regulariser adds its loss terms to the fit (<see cref="Regularizer"/>), with the previous model as the teacher
/// the predictor would score with;</item>
/// <item>one fit with the base loss (<see cref="SharedHeadOptions.Loss"/>);</item>
/// <item>the regularisers, then the rehearsal, then the predictor update what they keep (<see cref="Predictor"/>).</item>
/// </list>
/// Every random draw comes from a stream named by its purpose, so two strategies that differ in one policy share every
/// other draw, and a policy that adds nothing reproduces the plain learner bit for bit.
/// </summary>
public sealed class SharedHeadLearner : IIncrementalLearner, IMemoryLedger
{
    private readonly LearnerContext _context;
    private readonly SharedHeadOptions _options;
    private readonly OptimizerSpec _optimizerSpec;
    private readonly Rng _shuffleRng;
    private readonly Rng _headInitRng;
    private readonly float[] _maskedKernel = []; // HeadInit.Masked: the full head's kernel, [head inputs × TotalCategories]
    private readonly ISampleMemory _memory;
    private readonly IStepRegularizer[] _regularizers;
    private readonly IPredictor _predictor;
    private INetwork _model;
    private Optimizer _optimizer;
    private int _outputsBeforeStep;
    private MemoryUse _peak = MemoryUse.None;

    public SharedHeadLearner(LearnerContext context, SharedHeadOptions options, OptimizerSpec optimizer)
    {
        _context = context;
        _options = options;
        _optimizerSpec = optimizer;
        _model = context.Network.CreateNetwork(context.InitialCategories, context.RngFor("init/body"), context.RngFor("init/shared-head"));
        _optimizer = optimizer.Create();
        _shuffleRng = context.RngFor("shuffle/shared");
        _headInitRng = context.RngFor("init/shared-head/expansion");
        _memory = options.Rehearsal.Start(context);
        _regularizers = [.. options.StepRegularizers.Select(r => r.Start(context))];
        _predictor = options.Predictor.Start(context);
        if (options.Init == HeadInit.Masked)
        {
            // The whole head is drawn now with the full head's Glorot limit, from its own stream; the present outputs take their
            // columns from it at once, the masked ones when they are revealed.
            DenseLayer head = _model.Head;
            _maskedKernel = HeadInitializer.MaskedKernel(head.Inputs, context.TotalCategories, context.RngFor("init/shared-head/masked"));
            for (int r = 0; r < head.Inputs; r++)
                for (int c = 0; c < head.Outputs; c++)
                    head.Kernel.Value[r * head.Outputs + c] = _maskedKernel[r * context.TotalCategories + c];
            Array.Clear(head.Bias.Value);
        }
    }

    public INetwork Model => _model;
    public Optimizer Optimizer => _optimizer;
    public int Categories => _model.Outputs;
    public int ParameterCount => _model.ParameterCount + _predictor.ExtraParameters;
    public int MultiplyAddsPerPrediction => _model.MultiplyAddsPerPrediction;
    public ScoreKind ScoreKind => _predictor.ScoreKind ?? (_options.Loss == LossKind.SoftmaxCrossEntropy ? ScoreKind.SoftmaxLogits : ScoreKind.SigmoidLogits);

    /// <summary>The rehearsal's per-case state (stored samples, exemplar sets, validation set).</summary>
    public ISampleMemory Memory => _memory;

    /// <summary>The predictor's per-case state.</summary>
    public IPredictor Predictor => _predictor;

    public MemoryUse CurrentMemory
    {
        get
        {
            MemoryUse samples = _memory.Current;
            return samples with { ModelCopyFloats = samples.ModelCopyFloats + _regularizers.Sum(r => r.ModelCopyFloats) };
        }
    }

    public MemoryUse PeakMemory => _peak.Max(CurrentMemory);

    public HeadExpansion AddCategory(Dataset newCategorySamples)
    {
        INetwork before = _model.Clone();
        long stateBefore = _optimizer.StateFloatCount;
        int oldOutputs = _model.Outputs;
        (float[] column, float bias) = _options.Init == HeadInit.Masked
            ? (HeadInitializer.Column(_maskedKernel, _context.TotalCategories, oldOutputs), 0f)
            : HeadInitializer.NewOutput(_options.Init, _model, newCategorySamples, _context.CategoriesAfterStepOf(oldOutputs), _headInitRng);
        _model.AddOutput(column, bias);
        if (_options.Handling == OptimizerHandling.Reset)
        {
            _optimizer = _optimizerSpec.Create();
        }
        else
        {
            _optimizer.ExtendColumns(_model.Head.Kernel, oldOutputs);
            _optimizer.ExtendColumns(_model.Head.Bias, oldOutputs);
        }
        return new HeadExpansion(oldOutputs, before, _model, stateBefore, _optimizer.StateFloatCount);
    }

    HeadExpansion? IIncrementalLearner.AddCategory(Dataset newCategorySamples) => AddCategory(newCategorySamples);

    public PhaseTraining Train(PhaseData phase)
    {
        if (_memory.RestartsModel && phase.Number > 1)
        {
            _model = _context.Network.CreateNetwork(Categories, _context.RngFor($"init/scratch/phase-{phase.Number}/body"),
                _context.RngFor($"init/scratch/phase-{phase.Number}/head"));
            _optimizer = _optimizerSpec.Create();
        }
        Dataset train = _memory.TrainingSet(phase, _outputsBeforeStep);
        var start = new StepStart(_model, _outputsBeforeStep, () => _predictor.Teacher(_model.Clone()));
        var terms = new List<ILossTerm>();
        foreach (IStepRegularizer regularizer in _regularizers) terms.AddRange(regularizer.BeginStep(start));
        _peak = PeakMemory;
        IReadOnlyList<EpochStats> epochs = Trainer.Fit(_model, _optimizer, _options.Loss, train, phase.Test, _context.Fit, _shuffleRng, lossTerms: terms);
        var end = new StepEnd(phase, _model, _outputsBeforeStep, train);
        foreach (IStepRegularizer regularizer in _regularizers) regularizer.EndStep(end);
        _memory.Update(end);
        _predictor.EndStep(end, _memory);
        _peak = PeakMemory;
        _outputsBeforeStep = Categories;
        // After a head rescaling the last epoch's numbers describe the model before it; the step's final evaluation
        // (steps.csv) is taken after it.
        return PhaseTraining.SharedFit(train, epochs, Categories);
    }

    public float[] Scores(Dataset data) => _predictor.Scores(_model, data);

    public int[] Predict(Dataset data) => Predictions.ArgMax(Scores(data), data.Count, Categories);

    public IReadOnlyList<(double WeightNorm, double Bias)> HeadWeights() =>
        [.. Enumerable.Range(0, Categories).Select(c => (HeadInitializer.ColumnNorm(_model.Head, c), (double)_model.Head.Bias.Value[c]))];
}

/// <summary>What a regulariser sees when a step's fit starts.</summary>
/// <param name="OldOutputs">Outputs that existed before the step (0 in the first).</param>
/// <param name="Teacher">A frozen copy of the model as the predictor scores with it (e.g. BiC's correction folded into the head).</param>
public sealed record StepStart(INetwork Model, int OldOutputs, Func<INetwork> Teacher)
{
    /// <summary>Floats of a frozen copy of the model before the step: its parameters without the outputs born in this step.</summary>
    public long TeacherFloats => Model.ParameterCount - (long)(Model.Outputs - OldOutputs) * (Model.Head.Inputs + 1);
}

/// <summary>What the policies see when a step's fit has ended.</summary>
/// <param name="TrainingSet">The samples the fit trained on (new data plus whatever the rehearsal added).</param>
public sealed record StepEnd(PhaseData Phase, INetwork Model, int OldOutputs, Dataset TrainingSet);
