using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// One binary model (same body, one logit) per category, each trained on X positives of its category and X negatives
/// split evenly over the other present categories, all drawn fresh from the scenario's sampler. Prediction is the
/// argmax of the binary logits.
/// </summary>
public sealed class OneVsAllLearner : IIncrementalLearner
{
    private readonly LearnerContext _context;
    private readonly OneVsAllArm _arm;
    private readonly int _samplesPerModel;
    private readonly OptimizerSpec _optimizer;
    private readonly List<Mlp?> _models;

    public OneVsAllLearner(LearnerContext context, OneVsAllArm arm, int samplesPerModel, OptimizerSpec optimizer)
    {
        _context = context;
        _arm = arm;
        _samplesPerModel = samplesPerModel;
        _optimizer = optimizer;
        _models = [.. Enumerable.Repeat<Mlp?>(null, context.InitialCategories)];
    }

    public int Categories => _models.Count;
    public int ParameterCount => _models.Sum(m => m?.ParameterCount ?? 0);
    public int MultiplyAddsPerPrediction => _models.Sum(m => m?.MultiplyAddsPerPrediction ?? 0);

    public HeadExpansion? AddCategory()
    {
        _models.Add(null);
        return null;
    }

    public PhaseTraining Train(PhaseData phase)
    {
        var positives = new long[Categories];
        var negatives = new long[Categories];
        var fits = new List<ModelFit>();
        for (int k = 0; k < Categories; k++)
        {
            if (_arm == OneVsAllArm.Incremental && _models[k] is not null) continue;
            Dataset train = BinaryTrainingSet(k, phase.Number, positives, negatives);
            Mlp model = Mlp.Create(_context.Network, 1, _context.RngFor("init/body"), _context.RngFor($"init/ova-head/category-{k}"));
            _models[k] = model;
            Dataset test = phase.Test.Relabel(label => label == k ? 1 : 0);
            var epochs = new List<FitEpoch>();
            Trainer.Fit(model, _optimizer.Create(), LossKind.BinaryCrossEntropy, train, test, _context.Fit,
                _context.RngFor($"shuffle/phase-{phase.Number}/binary-{k}"),
                stats => epochs.Add(new FitEpoch(stats, SystemAccuracy(phase.Test))));
            fits.Add(new ModelFit($"binary-{k}", train.Count, epochs));
        }
        ClassSamples[] samples = [.. Enumerable.Range(0, Categories).Select(c => new ClassSamples(c, positives[c], negatives[c]))];
        return new PhaseTraining(fits, samples);
    }

    public int[] Predict(Dataset data)
    {
        var scores = new float[data.Count * Categories];
        for (int k = 0; k < Categories; k++)
        {
            Mlp model = _models[k] ?? throw new InvalidOperationException($"Category {k} has no binary model yet.");
            float[] logits = Trainer.Logits(model, data);
            for (int i = 0; i < data.Count; i++) scores[i * Categories + k] = logits[i];
        }
        return Predictions.ArgMax(scores, data.Count, Categories);
    }

    /// <summary>X positives of category k, X negatives spread evenly over the others (the first ones take the remainder).</summary>
    private Dataset BinaryTrainingSet(int k, int phase, long[] positives, long[] negatives)
    {
        Rng rng = _context.RngFor($"ova/phase-{phase}/binary-{k}/samples");
        var parts = new List<Dataset> { _context.Sampler.Sample(k, _samplesPerModel, rng).Relabel(_ => 1) };
        positives[k] += _samplesPerModel;
        int[] others = [.. Enumerable.Range(0, Categories).Where(c => c != k)];
        for (int i = 0; i < others.Length; i++)
        {
            int count = _samplesPerModel / others.Length + (i < _samplesPerModel % others.Length ? 1 : 0);
            parts.Add(_context.Sampler.Sample(others[i], count, rng).Relabel(_ => 0));
            negatives[others[i]] += count;
        }
        return Dataset.Concat(parts);
    }

    private double? SystemAccuracy(Dataset test)
    {
        if (_models.Any(m => m is null)) return null;
        int[] predicted = Predict(test);
        return Evaluation.Accuracy.Of(predicted, test.Labels);
    }
}
