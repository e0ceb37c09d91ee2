using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Training;

/// <summary>Keras <c>fit</c>: the one training loop of the project.</summary>
public static class Trainer
{
    private const int EvaluationChunk = 128; // rows per forward pass when scoring a data set; results do not depend on it (GEMM rows are batch-invariant)

    /// <summary>
    /// Trains for <see cref="FitSettings.Epochs"/> epochs: reshuffle the whole training set every epoch, batches of
    /// <see cref="FitSettings.BatchSize"/> with a partial last batch, one optimizer step per batch. Returns epoch 0
    /// (before any update) and every epoch, each with the running and fixed-weight values.
    /// <paramref name="onEpoch"/> runs after each entry is measured (e.g. to evaluate a whole ensemble).
    /// </summary>
    /// <param name="evaluateEachEpoch">False skips the fixed-weight evaluations (their values are NaN): only for timing the bare loop.</param>
    /// <param name="lossTerms">
    /// Terms added to the loss of every batch (a learner's distillation or penalty). The running loss includes them; the
    /// fixed-weight evaluations report the base loss alone, so curves stay comparable across learners.
    /// </param>
    public static IReadOnlyList<EpochStats> Fit(INetwork model, Optimizer optimizer, LossKind loss, Dataset train, Dataset test,
        FitSettings settings, Rng shuffleRng, Action<EpochStats>? onEpoch = null, bool evaluateEachEpoch = true,
        IReadOnlyList<ILossTerm>? lossTerms = null)
    {
        RequireFit(model, loss, train, nameof(train));
        RequireFit(model, loss, test, nameof(test));
        int batchSize = settings.BatchSize, features = train.FeatureCount, outputs = model.Outputs;
        var batchInputs = new float[batchSize * features];
        var batchLabels = new int[batchSize];
        var logitGradient = new float[batchSize * outputs];
        int[] order = [.. Enumerable.Range(0, train.Count)];
        Parameter[] parameters = [.. model.Parameters];
        int epochs = settings.EpochsFor(train.Count);
        var history = new List<EpochStats>(epochs + 1);
        long steps = 0;

        var notEvaluated = new LossAndAccuracy(double.NaN, double.NaN);
        LossAndAccuracy EvaluateOn(Dataset data)
        {
            if (!evaluateEachEpoch) return notEvaluated;
            using EvaluationScope evaluating = MultiplyAddCounter.Evaluating();
            return Evaluate(model, loss, data);
        }

        Record(new EpochStats(0, 0, null, null, EvaluateOn(train), EvaluateOn(test)));
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            shuffleRng.Shuffle(order.AsSpan());
            double lossSum = 0;
            long correct = 0;
            for (int start = 0; start < train.Count; start += batchSize)
            {
                int rows = Math.Min(batchSize, train.Count - start);
                for (int r = 0; r < rows; r++)
                {
                    int index = order[start + r];
                    train.Row(index).CopyTo(batchInputs.AsSpan(r * features, features));
                    batchLabels[r] = train.Labels[index];
                }
                ReadOnlySpan<float> logits = model.Forward(batchInputs, rows);
                double batchLoss = Losses.Compute(loss, logits, rows, outputs, batchLabels, logitGradient, 1f / rows, out int batchCorrect);
                if (lossTerms is { Count: > 0 })
                {
                    var batch = new TrainingBatch(order.AsSpan(start, rows), batchInputs.AsSpan(0, rows * features), features,
                        batchLabels.AsSpan(0, rows), logits, outputs);
                    // An index loop: foreach over the interface would allocate an enumerator every step.
                    for (int t = 0; t < lossTerms.Count; t++) batchLoss += lossTerms[t].AddLogitGradient(batch, logitGradient.AsSpan(0, rows * outputs));
                }
                if (!double.IsFinite(batchLoss)) throw new TrainingDivergedException(epoch, steps + 1, batchLoss);
                correct += batchCorrect;
                model.Backward(batchInputs, rows, logitGradient);
                if (lossTerms is { Count: > 0 })
                {
                    for (int t = 0; t < lossTerms.Count; t++) batchLoss += rows * lossTerms[t].AddParameterGradient(parameters);
                    if (!double.IsFinite(batchLoss)) throw new TrainingDivergedException(epoch, steps + 1, batchLoss);
                }
                lossSum += batchLoss;
                optimizer.Step(parameters);
                steps++;
            }
            double? runningLoss = train.Count > 0 ? lossSum / train.Count : null;
            double? runningAccuracy = train.Count > 0 ? (double)correct / train.Count : null;
            Record(new EpochStats(epoch, steps, runningLoss, runningAccuracy, EvaluateOn(train), EvaluateOn(test)));
        }
        return history;

        void Record(EpochStats stats)
        {
            history.Add(stats);
            if (onEpoch is null) return;
            // The callback evaluates (e.g. a whole ensemble), so it counts as evaluation.
            using EvaluationScope evaluating = MultiplyAddCounter.Evaluating();
            onEpoch(stats);
        }
    }

    /// <summary>Mean loss and accuracy with fixed weights (NaN for an empty set).</summary>
    public static LossAndAccuracy Evaluate(INetwork model, LossKind loss, Dataset data)
    {
        RequireFit(model, loss, data, nameof(data));
        return Measure(loss, Logits(model, data), model.Outputs, data.Labels);
    }

    /// <summary>Mean loss and accuracy of logits already computed, row-major [labels × outputs] (NaN when there are no rows).</summary>
    public static LossAndAccuracy Measure(LossKind loss, ReadOnlySpan<float> logits, int outputs, ReadOnlySpan<int> labels)
    {
        if (labels.IsEmpty) return new LossAndAccuracy(double.NaN, double.NaN);
        double lossSum = Losses.Compute(loss, logits, labels.Length, outputs, labels, Span<float>.Empty, 0f, out int correct);
        return new LossAndAccuracy(lossSum / labels.Length, (double)correct / labels.Length);
    }

    /// <summary>All logits of a data set, row-major [count × outputs] (recorded for, or taken from, <see cref="LogitsMemo"/>).</summary>
    public static float[] Logits(INetwork model, Dataset data)
    {
        model.RequireWidth(data, nameof(data));
        if (LogitsMemo.TryReuse(model, data) is { } reused) return reused;
        var result = new float[data.Count * model.Outputs];
        for (int start = 0; start < data.Count; start += EvaluationChunk)
        {
            int rows = Math.Min(EvaluationChunk, data.Count - start);
            model.Forward(data.Features.AsSpan(start * data.FeatureCount, rows * data.FeatureCount), rows)
                .CopyTo(result.AsSpan(start * model.Outputs, rows * model.Outputs));
        }
        LogitsMemo.Record(model, data, result);
        return result;
    }

    /// <summary>Width as in <see cref="INetwork.RequireWidth"/>, one output for a sigmoid loss, and every label one the outputs can score.</summary>
    private static void RequireFit(INetwork model, LossKind loss, Dataset data, string paramName)
    {
        model.RequireWidth(data, paramName);
        if (loss == LossKind.BinaryCrossEntropy && model.Outputs != 1)
            throw new ArgumentException($"{loss} scores one output but the model has {model.Outputs}.", nameof(model));
        int labelCount = loss == LossKind.BinaryCrossEntropy ? 2 : model.Outputs;
        foreach (int label in data.Labels)
            if ((uint)label >= (uint)labelCount)
                throw new ArgumentException($"The {paramName} data has label {label} but the model's {model.Outputs} output(s) under {loss} score labels 0 to {labelCount - 1}.", paramName);
    }
}
