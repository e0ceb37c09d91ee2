using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// One network, binary heads: a shared body whose head has one sigmoid output per category, each trained with binary
/// cross-entropy on every present sample (positive for its category, negative otherwise;
/// <see cref="SigmoidLosses.OneVsAll"/>). A new category's output starts with a zero column and zero bias, so the old
/// outputs' scores keep their bits at expansion; prediction is the argmax of the logits. With <paramref name="replayPerClass"/>
/// &gt; 0 it keeps the same random buffer as the shared head's <c>replay</c> (same draws) and adds it to every step.
/// </summary>
internal sealed class BinaryHeadsLearner : IIncrementalLearner, IMemoryLedger
{
    private readonly LearnerContext _context;
    private readonly int _replayPerClass;
    private readonly OptimizerSpec _optimizerSpec;
    private readonly Rng _shuffleRng;
    private readonly List<Dataset> _memory = [];
    private readonly INetwork _model;
    private Optimizer _optimizer;

    public BinaryHeadsLearner(LearnerContext context, int replayPerClass, OptimizerSpec optimizer)
    {
        _context = context;
        _replayPerClass = replayPerClass;
        _optimizerSpec = optimizer;
        _model = context.Network.CreateNetwork(context.InitialCategories, context.RngFor("init/body"), context.RngFor("init/shared-head"));
        _optimizer = optimizer.Create();
        _shuffleRng = context.RngFor("shuffle/shared");
    }

    public INetwork Model => _model;
    public int Categories => _model.Outputs;
    public ScoreKind ScoreKind => ScoreKind.SigmoidLogits; // one sigmoid per category
    public int ParameterCount => _model.ParameterCount;
    public int MultiplyAddsPerPrediction => _model.MultiplyAddsPerPrediction;

    public MemoryUse CurrentMemory
    {
        get
        {
            long samples = _memory.Sum(d => (long)d.Count);
            return new(samples, MemoryUse.BytesOf(samples, _model.Inputs), 0);
        }
    }

    public MemoryUse PeakMemory => CurrentMemory; // the buffer only grows

    public HeadExpansion? AddCategory(Dataset newCategorySamples)
    {
        INetwork before = _model.Clone();
        long stateBefore = _optimizer.StateFloatCount;
        int oldOutputs = _model.Outputs;
        _model.AddOutput(new float[_model.Head.Inputs], 0f);
        _optimizer = _optimizerSpec.Create(); // a fresh optimizer per step, as the standard shared heads
        return new HeadExpansion(oldOutputs, before, _model, stateBefore, _optimizer.StateFloatCount);
    }

    public PhaseTraining Train(PhaseData phase)
    {
        Dataset train = _memory.Count == 0 ? phase.Train : Dataset.Concat([.. _memory, phase.Train]);
        IReadOnlyList<EpochStats> epochs = Trainer.Fit(_model, _optimizer, LossKind.OneVsAllBinaryCrossEntropy, train, phase.Test, _context.Fit, _shuffleRng);
        if (_replayPerClass > 0)
        {
            // The purpose and order of draws of the shared head's random replay, so both keep the same samples.
            Rng rng = _context.RngFor($"replay/phase-{phase.Number}");
            foreach (int category in phase.Train.Labels.Distinct().Order())
                _memory.Add(ExemplarSelection.Random(phase.Train.Where(l => l == category), _replayPerClass, rng));
        }
        return PhaseTraining.SharedFit(train, epochs, Categories);
    }

    public float[] Scores(Dataset data) => Trainer.Logits(_model, data);

    public int[] Predict(Dataset data) => Predictions.ArgMax(Scores(data), data.Count, Categories);

    public IReadOnlyList<(double WeightNorm, double Bias)> HeadWeights() =>
        [.. Enumerable.Range(0, Categories).Select(c => (HeadInitializer.ColumnNorm(_model.Head, c), (double)_model.Head.Bias.Value[c]))];
}
