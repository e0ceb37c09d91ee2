using IncrementalStudy.Data;

namespace IncrementalStudy.Learners;

/// <summary>A classifier that absorbs categories one at a time.</summary>
public interface IIncrementalLearner
{
    int Categories { get; }

    /// <summary>
    /// Makes room for one more category, given its training samples of this phase (possibly none). Returns the before/after
    /// models for the expansion probe, or null when nothing is expanded.
    /// </summary>
    HeadExpansion? AddCategory(Dataset newCategorySamples);

    /// <summary>Trains on one phase's data (test set only observed, never trained on).</summary>
    PhaseTraining Train(PhaseData phase);

    /// <summary>One score per present category and sample, row-major; the prediction is the argmax.</summary>
    float[] Scores(Dataset data);

    int[] Predict(Dataset data);

    /// <summary>What <see cref="Scores"/> are (softmax logits unless a learner says otherwise); picks the calibration metric.</summary>
    ScoreKind ScoreKind => ScoreKind.SoftmaxLogits;

    /// <summary>Norm of each category's output weight vector and its bias (for one-vs-all: of its binary model's output unit).</summary>
    IReadOnlyList<(double WeightNorm, double Bias)> HeadWeights();

    int ParameterCount { get; }

    int MultiplyAddsPerPrediction { get; }
}
