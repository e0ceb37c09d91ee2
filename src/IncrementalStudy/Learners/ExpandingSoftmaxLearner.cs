using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// One network with a softmax head that grows by one node per new category and keeps training; what it trains on besides
/// the new data is its <see cref="Rehearsal"/>.
/// </summary>
public sealed class ExpandingSoftmaxLearner : IIncrementalLearner, IMemoryLedger
{
    private readonly LearnerContext _context;
    private readonly SharedHeadOptions _options;
    private readonly OptimizerSpec _optimizerSpec;
    private readonly Rng _shuffleRng;
    private readonly Rng _headInitRng;
    private readonly float[] _maskedKernel = []; // HeadInit.Masked: the full head's kernel, [head inputs × TotalCategories]
    private readonly List<Dataset> _memory = []; // replay exemplars, or all data seen for joint training
    private INetwork _model;
    private Optimizer _optimizer;
    private int _outputsBeforePhase;

    public ExpandingSoftmaxLearner(LearnerContext context, SharedHeadOptions options, OptimizerSpec optimizer)
    {
        _context = context;
        _options = options;
        _optimizerSpec = optimizer;
        _model = context.Network.CreateNetwork(context.InitialCategories, context.RngFor("init/body"), context.RngFor("init/shared-head"));
        _optimizer = optimizer.Create();
        _shuffleRng = context.RngFor("shuffle/shared");
        _headInitRng = context.RngFor("init/shared-head/expansion");
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
    public int ParameterCount => _model.ParameterCount;
    public int MultiplyAddsPerPrediction => _model.MultiplyAddsPerPrediction;

    // The replay buffer or the joint data; the one-vs-all sample sets are drawn from the scenario and not counted.
    public MemoryUse CurrentMemory => new(_memory.Sum(d => (long)d.Count), MemoryUse.BytesOf(_memory.Sum(d => (long)d.Count), _model.Inputs), 0);
    public MemoryUse PeakMemory => CurrentMemory; // the memory only grows

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
        if (_options.Rehearsal is Rehearsal.JointScratch && phase.Number > 1)
        {
            _model = _context.Network.CreateNetwork(Categories, _context.RngFor($"init/scratch/phase-{phase.Number}/body"),
                _context.RngFor($"init/scratch/phase-{phase.Number}/head"));
            _optimizer = _optimizerSpec.Create();
        }
        Dataset train = TrainingSet(phase);
        IReadOnlyList<EpochStats> epochs = Trainer.Fit(_model, _optimizer, LossKind.SoftmaxCrossEntropy, train, phase.Test, _context.Fit, _shuffleRng);
        if (_options.WeightAligning && phase.Number > 1) HeadInitializer.AlignWeights(_model.Head, _outputsBeforePhase);
        Remember(phase);
        _outputsBeforePhase = Categories;

        // After weight aligning the last epoch's numbers describe the model before the rescaling; the phase's final
        // evaluation (steps.csv) is taken after it.
        return PhaseTraining.SharedFit(train, epochs, Categories);
    }

    public float[] Scores(Dataset data) => Trainer.Logits(_model, data);

    public int[] Predict(Dataset data) => Predictions.ArgMax(Scores(data), data.Count, Categories);

    public IReadOnlyList<(double WeightNorm, double Bias)> HeadWeights() =>
        [.. Enumerable.Range(0, Categories).Select(c => (HeadInitializer.ColumnNorm(_model.Head, c), (double)_model.Head.Bias.Value[c]))];

    private Dataset TrainingSet(PhaseData phase)
    {
        switch (_options.Rehearsal)
        {
            case Rehearsal.NewDataOnly:
                return phase.Train;
            case Rehearsal.Replay or Rehearsal.Joint or Rehearsal.JointScratch:
                return _memory.Count == 0 ? phase.Train : Dataset.Concat([.. _memory, phase.Train]);
            case Rehearsal.OvaSamples matched:
                var parts = new List<Dataset>();
                for (int k = _outputsBeforePhase; k < phase.Categories; k++)
                {
                    (Dataset positives, Dataset negatives) = OneVsAllSamples.Draw(_context.Sampler, k, phase.Categories, matched.SamplesPerModel,
                        _context.RngFor(OneVsAllSamples.Purpose(phase.Number, k)));
                    parts.Add(positives);
                    parts.Add(negatives);
                }
                return Dataset.Concat(parts);
            default:
                throw new InvalidOperationException($"Unknown rehearsal {_options.Rehearsal}.");
        }
    }

    private void Remember(PhaseData phase)
    {
        switch (_options.Rehearsal)
        {
            case Rehearsal.Joint or Rehearsal.JointScratch:
                _memory.Add(phase.Train);
                break;
            case Rehearsal.Replay replay:
                Rng rng = _context.RngFor($"replay/phase-{phase.Number}");
                foreach (int category in phase.Train.Labels.Distinct().Order())
                    _memory.Add(ExemplarSelection.Select(replay.Selection, _model, phase.Train.Where(l => l == category), replay.PerClass, rng));
                break;
        }
    }
}
