using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// Fine-tuning of an expanding shared softmax head on each step's new data only, plus a regulariser's loss terms (LwF's
/// distillation, EWC's penalty). Everything else is a naive shared head (new nodes by <see cref="HeadInit"/>, a fresh
/// optimizer per step, the same random streams), so a regulariser that adds nothing reproduces the naive shared head with
/// the same init bit for bit.
/// </summary>
internal sealed class RegularizedSharedHeadLearner : IIncrementalLearner, IMemoryLedger
{
    private readonly LearnerContext _context;
    private readonly IStepRegularizer _regularizer;
    private readonly HeadInit _init;
    private readonly OptimizerSpec _optimizerSpec;
    private readonly Rng _shuffleRng;
    private readonly Rng _headInitRng;
    private readonly INetwork _model;
    private Optimizer _optimizer;
    private int _outputsBeforePhase;
    private MemoryUse _peak = MemoryUse.None;

    public RegularizedSharedHeadLearner(LearnerContext context, IStepRegularizer regularizer, OptimizerSpec optimizer, HeadInit init = HeadInit.Random)
    {
        _init = init;
        _context = context;
        _regularizer = regularizer;
        _optimizerSpec = optimizer;
        _model = context.Network.CreateNetwork(context.InitialCategories, context.RngFor("init/body"), context.RngFor("init/shared-head"));
        _optimizer = optimizer.Create();
        _shuffleRng = context.RngFor("shuffle/shared");
        _headInitRng = context.RngFor("init/shared-head/expansion");
    }

    public INetwork Model => _model;
    public int Categories => _model.Outputs;
    public int ParameterCount => _model.ParameterCount;
    public int MultiplyAddsPerPrediction => _model.MultiplyAddsPerPrediction;
    public MemoryUse CurrentMemory => new(0, 0, _regularizer.ModelCopyFloats);
    public MemoryUse PeakMemory => _peak;

    public HeadExpansion? AddCategory(Dataset newCategorySamples)
    {
        (HeadExpansion expansion, _optimizer) = HeadExpansion.AddOutputWithFreshOptimizer(_model, _optimizer, _optimizerSpec, _init,
            newCategorySamples, _context.TotalCategories, _headInitRng);
        return expansion;
    }

    public PhaseTraining Train(PhaseData phase)
    {
        IReadOnlyList<ILossTerm> terms = _regularizer.BeginStep(_model, _outputsBeforePhase);
        _peak = _peak.Max(CurrentMemory);
        IReadOnlyList<EpochStats> epochs = Trainer.Fit(_model, _optimizer, LossKind.SoftmaxCrossEntropy, phase.Train, phase.Test, _context.Fit,
            _shuffleRng, lossTerms: terms);
        _regularizer.EndStep(_model, phase.Train);
        _peak = _peak.Max(CurrentMemory);
        _outputsBeforePhase = Categories;
        return PhaseTraining.SharedFit(phase.Train, epochs, Categories);
    }

    public float[] Scores(Dataset data) => Trainer.Logits(_model, data);

    public int[] Predict(Dataset data) => Predictions.ArgMax(Scores(data), data.Count, Categories);

    public IReadOnlyList<(double WeightNorm, double Bias)> HeadWeights() =>
        [.. Enumerable.Range(0, Categories).Select(c => (HeadInitializer.ColumnNorm(_model.Head, c), (double)_model.Head.Bias.Value[c]))];
}
