using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// iCaRL (Rebuffi, Kolesnikov, Sperl &amp; Lampert 2017, CVPR). Each step trains on the new data plus the exemplar memory with
/// binary cross-entropy on every sigmoid output, the targets of the outputs that existed before the step being the frozen
/// previous model's sigmoid outputs (<see cref="SigmoidDistillationTerm"/>); then the memory of K exemplars is re-balanced
/// (<see cref="ExemplarMemory"/>) and each new class's exemplars are herded on L2-normalised last-hidden features
/// (<see cref="ExemplarSelection.Herding"/>). Prediction is the nearest mean of exemplars, each class mean re-normalised
/// (<see cref="NearestMeanOfExemplars"/>) or, with <paramref name="nearestMean"/> false, the argmax of the sigmoid outputs
/// (the same training and random streams, so the two are paired). Choices: new outputs are Glorot-initialised and the
/// optimizer is reset per step, as the other shared heads here; the paper's image augmentation is not used.
/// </summary>
internal sealed class IcarlLearner : IIncrementalLearner, IMemoryLedger
{
    private readonly LearnerContext _context;
    private readonly bool _nearestMean;
    private readonly OptimizerSpec _optimizerSpec;
    private readonly Rng _shuffleRng;
    private readonly Rng _headInitRng;
    private readonly INetwork _model;
    private readonly ExemplarMemory _memory;
    private readonly List<double[]> _means = [];
    private Optimizer _optimizer;
    private int _outputsBeforePhase;
    private long _peakTeacherFloats;

    public IcarlLearner(LearnerContext context, int memorySize, bool nearestMean, OptimizerSpec optimizer)
    {
        _context = context;
        _nearestMean = nearestMean;
        _optimizerSpec = optimizer;
        _memory = new ExemplarMemory(memorySize);
        _model = context.Network.CreateNetwork(context.InitialCategories, context.RngFor("init/body"), context.RngFor("init/shared-head"));
        _optimizer = optimizer.Create();
        _shuffleRng = context.RngFor("shuffle/shared");
        _headInitRng = context.RngFor("init/shared-head/expansion");
    }

    public INetwork Model => _model;
    public ExemplarMemory Memory => _memory;
    public int Categories => _model.Outputs;
    // Nearest-mean scores are negative distances, not logits; the sigmoid variant scores with its sigmoid outputs.
    public ScoreKind ScoreKind => _nearestMean ? ScoreKind.NotProbabilistic : ScoreKind.SigmoidLogits;
    public int ParameterCount => _model.ParameterCount;
    public int MultiplyAddsPerPrediction => _model.MultiplyAddsPerPrediction;

    public MemoryUse CurrentMemory => new(_memory.Count, MemoryUse.BytesOf(_memory.Count, _model.Inputs), 0);
    public MemoryUse PeakMemory => new(_memory.Capacity, MemoryUse.BytesOf(_memory.Capacity, _model.Inputs), _peakTeacherFloats);

    public HeadExpansion? AddCategory(Dataset newCategorySamples)
    {
        (HeadExpansion expansion, _optimizer) = HeadExpansion.AddOutputWithFreshOptimizer(_model, _optimizer, _optimizerSpec, HeadInit.Random,
            newCategorySamples, _context.TotalCategories, _headInitRng);
        return expansion;
    }

    public PhaseTraining Train(PhaseData phase)
    {
        Dataset train = _memory.Count == 0 ? phase.Train : Dataset.Concat([_memory.All(phase.Train.FeatureCount), phase.Train]);
        IReadOnlyList<ILossTerm> terms = [];
        if (_outputsBeforePhase > 0)
        {
            // Old head columns keep their bits at expansion, so the expanded model's first outputs are the previous model's.
            terms = [new SigmoidDistillationTerm(_model.Clone(), _outputsBeforePhase)];
            _peakTeacherFloats = Math.Max(_peakTeacherFloats,
                _model.ParameterCount - (long)(_model.Outputs - _outputsBeforePhase) * (_model.Head.Inputs + 1));
        }
        IReadOnlyList<EpochStats> epochs = Trainer.Fit(_model, _optimizer, LossKind.OneVsAllBinaryCrossEntropy, train, phase.Test, _context.Fit,
            _shuffleRng, lossTerms: terms);
        UpdateMemory(phase.Train);
        _outputsBeforePhase = Categories;
        return PhaseTraining.SharedFit(train, epochs, Categories);
    }

    /// <summary>Algorithm 2, lines 4–9: reduce the old sets to m, herd m exemplars of each new class, then recompute the means.</summary>
    private void UpdateMemory(Dataset newData)
    {
        int[] newClasses = [.. newData.Labels.Distinct().Where(c => !_memory.Has(c)).Order()];
        int perClass = _memory.PerClass(_memory.Classes.Count + newClasses.Length);
        _memory.ReduceTo(perClass);
        int width = _model.Head.Inputs;
        foreach (int c in newClasses)
        {
            Dataset samples = newData.Where(l => l == c);
            _memory.Add(c, samples.Select(ExemplarSelection.Herding(_model.HiddenFeatures(samples), width, perClass)));
        }
        _means.Clear();
        for (int c = 0; c < Categories; c++)
            _means.Add(_memory.Has(c) ? NearestMeanOfExemplars.Mean(_model.HiddenFeatures(_memory.Of(c)), width) : new double[width]);
    }

    public float[] Scores(Dataset data) => _nearestMean && _means.Count == Categories
        ? NearestMeanOfExemplars.Scores(_model.HiddenFeatures(data), _model.Head.Inputs, _means)
        : Trainer.Logits(_model, data);

    public int[] Predict(Dataset data) => Predictions.ArgMax(Scores(data), data.Count, Categories);

    public IReadOnlyList<(double WeightNorm, double Bias)> HeadWeights() =>
        [.. Enumerable.Range(0, Categories).Select(c => (HeadInitializer.ColumnNorm(_model.Head, c), (double)_model.Head.Bias.Value[c]))];
}
