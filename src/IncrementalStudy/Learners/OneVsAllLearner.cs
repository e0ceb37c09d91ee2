using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Learners;

/// <summary>
/// One binary model (same body, one logit) per category, each trained on X positives of its category and X negatives
/// split evenly over the other present categories, all drawn fresh from the scenario's sampler. Prediction is the
/// argmax of the binary logits. With <c>fromPhaseData</c> the samples are drawn instead from the phase's stored training
/// data, the data the shared head sees (on real-data scenarios the sampler already draws stored samples). Its memory is the
/// samples of earlier categories each step's fits trained on (positives and negatives): one-vs-all needs them kept.
/// With a <c>memorySize</c> K the samples of earlier categories come instead from a memory of K samples in total, kept and
/// re-balanced exactly as the shared head's <see cref="Rehearsal.FixedTotal"/> random memory (the same draws), and the memory
/// is what it reports. With <c>calibrated</c> every model's score is Platt-scaled (<see cref="PlattScaling"/>) after each
/// step on the memory, which holds every present category, so old models learn where the new category's samples fall.
/// </summary>
internal sealed class OneVsAllLearner : IIncrementalLearner, IMemoryLedger
{
    private readonly LearnerContext _context;
    private readonly OneVsAllArm _arm;
    private readonly int _samplesPerModel;
    private readonly OptimizerSpec _optimizer;
    private readonly List<INetwork?> _models;
    private readonly bool _fromPhaseData;
    private readonly ExemplarMemory? _memory;
    private readonly bool _calibrated;
    private readonly List<PlattScaling> _calibration = [];
    private MemoryUse _current = MemoryUse.None;
    private MemoryUse _peak = MemoryUse.None;

    public OneVsAllLearner(LearnerContext context, OneVsAllArm arm, int samplesPerModel, OptimizerSpec optimizer, bool fromPhaseData = false,
        int? memorySize = null, bool calibrated = false)
    {
        if (calibrated && memorySize is null) throw new ArgumentException("Calibration needs a memory to calibrate on.", nameof(calibrated));
        _memory = memorySize is { } k ? new ExemplarMemory(new ExemplarSchedule.Shared(k)) : null;
        _calibrated = calibrated;
        _fromPhaseData = fromPhaseData;
        _context = context;
        _arm = arm;
        _samplesPerModel = samplesPerModel;
        _optimizer = optimizer;
        _models = [.. Enumerable.Repeat<INetwork?>(null, context.InitialCategories)];
    }

    public int Categories => _models.Count;
    public int ParameterCount => _models.Sum(m => m?.ParameterCount ?? 0);
    public int MultiplyAddsPerPrediction => _models.Sum(m => m?.MultiplyAddsPerPrediction ?? 0);

    public MemoryUse CurrentMemory => _current;
    public MemoryUse PeakMemory => _peak;

    public HeadExpansion? AddCategory(Dataset newCategorySamples)
    {
        _models.Add(null);
        return null;
    }

    public PhaseTraining Train(PhaseData phase)
    {
        int oldCategories = _models.Count(m => m is not null);
        long stored = 0;
        var positives = new long[Categories];
        var negatives = new long[Categories];
        var fits = new List<ModelFit>();
        // Scores of every model on the test set; only the column of the model being fitted changes during its fit.
        float[] testScores = new float[phase.Test.Count * Categories];
        for (int k = 0; k < Categories; k++)
            if (_models[k] is { } existing) SetColumn(testScores, k, Trainer.Logits(existing, phase.Test));
        for (int k = 0; k < Categories; k++)
        {
            if (_arm == OneVsAllArm.Incremental && _models[k] is not null) continue;
            Dataset train = BinaryTrainingSet(k, phase, positives, negatives, oldCategories, ref stored);
            INetwork model = _context.Network.CreateNetwork(1, _context.RngFor("init/body"), _context.RngFor($"init/ova-head/category-{k}"));
            _models[k] = model;
            int[] binaryTestLabels = [.. phase.Test.Labels.Select(label => label == k ? 1 : 0)];
            var epochs = new List<FitEpoch>();
            int category = k;
            // The test set is scored once per epoch here, and those logits give both this model's test curve and the whole
            // classifier's accuracy, so Fit gets no test set of its own to evaluate.
            Trainer.Fit(model, _optimizer.Create(), LossKind.BinaryCrossEntropy, train, Dataset.Empty(train.FeatureCount), _context.Fit,
                _context.RngFor($"shuffle/phase-{phase.Number}/binary-{k}"),
                stats =>
                {
                    float[] logits = Trainer.Logits(model, phase.Test);
                    SetColumn(testScores, category, logits);
                    LossAndAccuracy binaryTest = Trainer.Measure(LossKind.BinaryCrossEntropy, logits, 1, binaryTestLabels);
                    epochs.Add(new FitEpoch(stats with { Test = binaryTest }, SystemAccuracy(testScores, phase.Test)));
                });
            fits.Add(new ModelFit($"binary-{k}", train.Count, epochs));
        }
        ClassSamples[] samples = [.. Enumerable.Range(0, Categories).Select(c => new ClassSamples(c, positives[c], negatives[c]))];
        if (_memory is not null)
        {
            ExemplarSets.Store(_memory, ReplaySelection.Random, phase, model: null, _context);
            stored = _memory.Count;
            if (_calibrated) Calibrate(_memory.All(phase.Train.FeatureCount));
        }
        _current = MemoryUse.Of(stored, phase.Train.FeatureCount);
        _peak = _peak.Max(_current);
        return new PhaseTraining(fits, samples);
    }

    public float[] Scores(Dataset data)
    {
        var scores = new float[data.Count * Categories];
        for (int k = 0; k < Categories; k++)
        {
            INetwork model = _models[k] ?? throw new InvalidOperationException($"Category {k} has no binary model yet.");
            float[] logits = Trainer.Logits(model, data);
            PlattScaling scaling = k < _calibration.Count ? _calibration[k] : PlattScaling.Identity;
            for (int i = 0; i < data.Count; i++) scores[i * Categories + k] = _calibrated ? (float)scaling.Logit(logits[i]) : logits[i];
        }
        return scores;
    }

    /// <summary>Fits every model's Platt scaling on the calibration set, its own category positive and every other negative.</summary>
    private void Calibrate(Dataset calibration)
    {
        _calibration.Clear();
        bool[][] positive = [.. Enumerable.Range(0, Categories).Select(k => calibration.Labels.Select(l => l == k).ToArray())];
        for (int k = 0; k < Categories; k++) _calibration.Add(PlattScaling.Fit(Trainer.Logits(_models[k]!, calibration), positive[k]));
    }

    public int[] Predict(Dataset data) => Predictions.ArgMax(Scores(data), data.Count, Categories);

    public ScoreKind ScoreKind => ScoreKind.SigmoidLogits;

    public IReadOnlyList<(double WeightNorm, double Bias)> HeadWeights() =>
        [.. _models.Select(m => m is null ? (double.NaN, double.NaN) : (HeadInitializer.ColumnNorm(m.Head, 0), (double)m.Head.Bias.Value[0]))];

    /// <summary>
    /// X positives of category k and X negatives spread over the others, relabelled 1 / 0; the counts go to the ledger, and
    /// those of categories that arrived before the step (below <paramref name="oldCategories"/>) to <paramref name="stored"/>.
    /// </summary>
    private Dataset BinaryTrainingSet(int k, PhaseData phase, long[] positives, long[] negatives, int oldCategories, ref long stored)
    {
        ICategorySampler sampler = _memory is not null ? new StoredSamples(Dataset.Concat([_memory.All(phase.Train.FeatureCount), phase.Train]))
            : _fromPhaseData ? new StoredSamples(phase.Train) : _context.Sampler;
        (Dataset positive, Dataset negative) = OneVsAllSamples.Draw(sampler, k, Categories, _samplesPerModel,
            _context.RngFor(OneVsAllSamples.Purpose(phase.Number, k)));
        positives[k] += positive.Count;
        foreach (int label in negative.Labels) negatives[label]++;
        stored += OneVsAllSamples.OfEarlierCategories(positive, oldCategories) + OneVsAllSamples.OfEarlierCategories(negative, oldCategories);
        return Dataset.Concat([positive.Relabel(_ => 1), negative.Relabel(_ => 0)]);
    }

    /// <summary>Accuracy of the argmax over all models; null while some present category has no model yet.</summary>
    private double? SystemAccuracy(float[] scores, Dataset test)
    {
        if (_models.Any(m => m is null)) return null;
        return Evaluation.Accuracy.Of(Predictions.ArgMax(scores, test.Count, Categories), test.Labels);
    }

    private void SetColumn(float[] scores, int category, float[] logits)
    {
        for (int i = 0; i < logits.Length; i++) scores[i * Categories + category] = logits[i];
    }
}
