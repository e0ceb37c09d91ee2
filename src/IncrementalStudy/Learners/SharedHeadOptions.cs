using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;
using IncrementalStudy.Validation;

namespace IncrementalStudy.Learners;

/// <summary>The policies a <see cref="SharedHeadLearner"/> is assembled from; vary one with <c>with</c>.</summary>
/// <param name="Init">How a new output is born.</param>
/// <param name="Handling">Whether the optimizer's state is reset or extended when the head grows.</param>
/// <param name="Rehearsal">Which samples join each fit and what is stored.</param>
/// <param name="WeightAligning">After each step after the first, rescale the new classes' kernel columns to the old columns' mean norm
/// (<see cref="Regularizer.WeightAligning"/>, applied after the other regularisers).</param>
public sealed record SharedHeadOptions(HeadInit Init, OptimizerHandling Handling, Rehearsal Rehearsal, bool WeightAligning = false)
{
    /// <summary>Loss terms added to each step's fit, in this order (empty: plain fine-tuning).</summary>
    public IReadOnlyList<Regularizer> Regularizers { get; init; } = [];

    /// <summary>How scores are made from the network.</summary>
    public Predictor Predictor { get; init; } = new Predictor.ArgMax();

    /// <summary>The base loss of every fit: one softmax over the outputs, or one sigmoid per output (binary cross-entropy on every sample).</summary>
    public LossKind Loss { get; init; } = LossKind.SoftmaxCrossEntropy;

    /// <summary>The regularisers the learner runs: <see cref="Regularizers"/>, then weight aligning when asked for.</summary>
    public IEnumerable<Regularizer> StepRegularizers => WeightAligning ? [.. Regularizers, new Regularizer.WeightAligning()] : Regularizers;

    /// <summary>The kind of head, for descriptions: softmax, or one sigmoid per category.</summary>
    public string HeadKind => Loss == LossKind.SoftmaxCrossEntropy ? "shared softmax head" : "shared head with one sigmoid output per category (binary cross-entropy on every sample)";

    public string Describe() =>
        $"{Init.ToString().ToLowerInvariant()} init, optimizer {Handling.ToString().ToLowerInvariant()}, {Rehearsal.Describe()}" +
        (WeightAligning ? ", weight aligning" : "") +
        string.Concat(Regularizers.Select(r => $", + {r.Describe()}")) +
        (Predictor is Predictor.ArgMax ? "" : $", {Predictor.Describe()}");

    public IEnumerable<ValidationError> Validate(string field)
    {
        if (Loss is not (LossKind.SoftmaxCrossEntropy or LossKind.OneVsAllBinaryCrossEntropy))
            yield return new ValidationError($"{field}.{nameof(Loss)}", $"is {Loss}", "a shared head trains with softmax or one-vs-all binary cross-entropy");
        foreach (ValidationError error in Rehearsal.Validate($"{field}.{nameof(Rehearsal)}")) yield return error;
        for (int i = 0; i < Regularizers.Count; i++)
            foreach (ValidationError error in Regularizers[i].Validate($"{field}.{nameof(Regularizers)}[{i}]")) yield return error;
        if (Predictor is Predictor.NearestMeanOfExemplars && Rehearsal is not (Rehearsal.Replay or Rehearsal.FixedTotal or Rehearsal.WithValidation))
            yield return new ValidationError($"{field}.{nameof(Predictor)}", "is the nearest mean of exemplars", "it needs a rehearsal that keeps exemplar sets (Replay, FixedTotal or WithValidation)");
        if (Predictor is Predictor.BiasCorrected && Rehearsal is not Rehearsal.WithValidation)
            yield return new ValidationError($"{field}.{nameof(Predictor)}", "is the bias correction", "it needs a rehearsal that keeps a validation set (WithValidation)");
    }
}
