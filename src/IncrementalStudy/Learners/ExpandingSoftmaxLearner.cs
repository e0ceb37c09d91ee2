using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>One network with a softmax head that grows by one node per new category and keeps training on the new data.</summary>
public sealed class ExpandingSoftmaxLearner : IIncrementalLearner
{
    private readonly Mlp _model;
    private readonly OptimizerSpec _optimizerSpec;
    private readonly OptimizerHandling _handling;
    private readonly HeadInit _init;
    private readonly FitSettings _fit;
    private readonly Rng _shuffleRng;
    private readonly Rng _headInitRng;
    private Optimizer _optimizer;

    public ExpandingSoftmaxLearner(Mlp model, OptimizerSpec optimizer, OptimizerHandling handling, HeadInit init, FitSettings fit, Rng shuffleRng, Rng headInitRng)
    {
        _model = model;
        _optimizerSpec = optimizer;
        _handling = handling;
        _init = init;
        _fit = fit;
        _shuffleRng = shuffleRng;
        _headInitRng = headInitRng;
        _optimizer = optimizer.Create();
    }

    public Mlp Model => _model;
    public Optimizer Optimizer => _optimizer;
    public int Categories => _model.Outputs;
    public int ParameterCount => _model.ParameterCount;
    public int MultiplyAddsPerPrediction => _model.MultiplyAddsPerPrediction;

    public HeadExpansion AddCategory()
    {
        Mlp before = _model.Clone();
        long stateBefore = _optimizer.StateFloatCount;
        int oldOutputs = _model.Outputs;
        _model.AddOutputs(1, _init, _headInitRng);
        if (_handling == OptimizerHandling.Reset)
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

    HeadExpansion? IIncrementalLearner.AddCategory() => AddCategory();

    public PhaseTraining Train(PhaseData phase)
    {
        IReadOnlyList<EpochStats> epochs = Trainer.Fit(_model, _optimizer, LossKind.SoftmaxCrossEntropy, phase.Train, phase.Test, _fit, _shuffleRng);
        ClassSamples[] samples = [.. Enumerable.Range(0, Categories).Select(c =>
        {
            int positives = phase.Train.CountOf(c);
            return new ClassSamples(c, positives, phase.Train.Count - positives);
        })];
        var fit = new ModelFit("shared", phase.Train.Count, [.. epochs.Select(e => new FitEpoch(e, e.Test.Accuracy))]);
        return new PhaseTraining([fit], samples);
    }

    public int[] Predict(Dataset data) => Predictions.ArgMax(Trainer.Logits(_model, data), data.Count, _model.Outputs);
}
