using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// BiC, Large Scale Incremental Learning (Wu et al. 2019, CVPR), with replay. The K stored samples are split into training
/// exemplars (9/10, herded and re-balanced as in iCaRL, <see cref="ExemplarMemory"/>) and a balanced validation set
/// (1/10, the same number per class; new classes' validation samples are held out of their training data at random).
/// Stage 1 trains the network on the training exemplars and new data with <see cref="BicStage1Term"/>, the teacher being
/// the previous model with its bias correction folded into its head; stage 2 fits (α, β) of <see cref="BiasCorrection"/>
/// on the validation set with the network frozen. Prediction is the argmax of the corrected logits. Choices: new outputs
/// Glorot-initialised, a fresh optimizer per step, T = 2 (the paper's).
/// </summary>
internal sealed class BicLearner : IIncrementalLearner, IMemoryLedger
{
    private const double Temperature = 2;

    private readonly LearnerContext _context;
    private readonly OptimizerSpec _optimizerSpec;
    private readonly Rng _shuffleRng;
    private readonly Rng _headInitRng;
    private readonly INetwork _model;
    private readonly ExemplarMemory _train;
    private readonly ExemplarMemory _validation;
    private Optimizer _optimizer;
    private int _outputsBeforePhase;
    private long _peakTeacherFloats;

    public BicLearner(LearnerContext context, int memorySize, OptimizerSpec optimizer)
    {
        _context = context;
        _optimizerSpec = optimizer;
        _validation = new ExemplarMemory(memorySize / 10);
        _train = new ExemplarMemory(memorySize - _validation.Capacity);
        _model = context.Network.CreateNetwork(context.InitialCategories, context.RngFor("init/body"), context.RngFor("init/shared-head"));
        _optimizer = optimizer.Create();
        _shuffleRng = context.RngFor("shuffle/shared");
        _headInitRng = context.RngFor("init/shared-head/expansion");
        Correction = BiasCorrection.Identity(context.InitialCategories);
    }

    public INetwork Model => _model;
    public BiasCorrection Correction { get; private set; }
    public int Categories => _model.Outputs;
    public int ParameterCount => _model.ParameterCount + 2;
    public int MultiplyAddsPerPrediction => _model.MultiplyAddsPerPrediction;

    public MemoryUse CurrentMemory
    {
        get
        {
            int samples = _train.Count + _validation.Count;
            return new(samples, MemoryUse.BytesOf(samples, _model.Inputs), 0);
        }
    }

    public MemoryUse PeakMemory
    {
        get
        {
            int capacity = _train.Capacity + _validation.Capacity;
            return new(capacity, MemoryUse.BytesOf(capacity, _model.Inputs), _peakTeacherFloats);
        }
    }

    public HeadExpansion? AddCategory(Dataset newCategorySamples)
    {
        (HeadExpansion expansion, _optimizer) = HeadExpansion.AddOutputWithFreshOptimizer(_model, _optimizer, _optimizerSpec, HeadInit.Random,
            newCategorySamples, _context.TotalCategories, _headInitRng);
        return expansion;
    }

    public PhaseTraining Train(PhaseData phase)
    {
        int[] newClasses = [.. phase.Train.Labels.Distinct().Where(c => !_train.Has(c)).Order()];
        int classes = _train.Classes.Count + newClasses.Length;
        int validationPerClass = _validation.PerClass(classes);
        Rng splitRng = _context.RngFor($"bic/validation/phase-{phase.Number}");
        var newTrain = new List<Dataset>();
        var newValidation = new List<(int Class, Dataset Samples)>();
        foreach (int c in newClasses)
        {
            Dataset shuffled = ExemplarSelection.Random(phase.Train.Where(l => l == c), int.MaxValue, splitRng);
            int held = Math.Min(validationPerClass, shuffled.Count - 1);
            newValidation.Add((c, shuffled.Select([.. Enumerable.Range(0, held)])));
            newTrain.Add(shuffled.Select([.. Enumerable.Range(held, shuffled.Count - held)]));
        }
        Dataset train = Dataset.Concat([_train.All(phase.Train.FeatureCount), .. newTrain]);

        IReadOnlyList<ILossTerm> terms = [];
        if (_outputsBeforePhase > 0)
        {
            terms = [new BicStage1Term(Teacher(), _outputsBeforePhase, Categories, Temperature)];
            _peakTeacherFloats = Math.Max(_peakTeacherFloats,
                _model.ParameterCount - (long)(Categories - _outputsBeforePhase) * (_model.Head.Inputs + 1));
        }
        Correction = BiasCorrection.Identity(Categories);
        IReadOnlyList<EpochStats> epochs = Trainer.Fit(_model, _optimizer, LossKind.SoftmaxCrossEntropy, train, phase.Test, _context.Fit,
            _shuffleRng, lossTerms: terms);

        _validation.ReduceTo(validationPerClass);
        foreach ((int c, Dataset held) in newValidation) _validation.Add(c, held);
        if (_outputsBeforePhase > 0)
        {
            Dataset validation = _validation.All(phase.Train.FeatureCount);
            Correction = BiasCorrection.Fit(Trainer.Logits(_model, validation), Categories, validation.Labels, _outputsBeforePhase);
        }
        int perClass = _train.PerClass(classes);
        _train.ReduceTo(perClass);
        int width = _model.Head.Inputs;
        for (int i = 0; i < newClasses.Length; i++)
            _train.Add(newClasses[i], newTrain[i].Select(ExemplarSelection.Herding(_model.HiddenFeatures(newTrain[i]), width, perClass)));
        _outputsBeforePhase = Categories;

        return PhaseTraining.SharedFit(train, epochs, Categories);
    }

    /// <summary>A frozen copy whose head gives the corrected logits: α(Wx + b) + β = (αW)x + (αb + β) on the corrected columns.</summary>
    private INetwork Teacher()
    {
        INetwork teacher = _model.Clone();
        DenseLayer head = teacher.Head;
        for (int k = Correction.FirstNew; k < _outputsBeforePhase; k++)
        {
            for (int r = 0; r < head.Inputs; r++) head.Kernel.Value[r * head.Outputs + k] = (float)(Correction.Alpha * head.Kernel.Value[r * head.Outputs + k]);
            head.Bias.Value[k] = (float)(Correction.Alpha * head.Bias.Value[k] + Correction.Beta);
        }
        return teacher;
    }

    public float[] Scores(Dataset data)
    {
        float[] logits = Trainer.Logits(_model, data);
        Correction.Apply(logits, Categories);
        return logits;
    }

    public int[] Predict(Dataset data) => Predictions.ArgMax(Scores(data), data.Count, Categories);

    public IReadOnlyList<(double WeightNorm, double Bias)> HeadWeights() =>
        [.. Enumerable.Range(0, Categories).Select(c => (HeadInitializer.ColumnNorm(_model.Head, c), (double)_model.Head.Bias.Value[c]))];
}
