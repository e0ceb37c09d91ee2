using IncrementalStudy.Data;

namespace IncrementalStudy.Learners;

/// <summary>A classifier that absorbs categories one at a time.</summary>
public interface IIncrementalLearner
{
    int Categories { get; }

    /// <summary>Makes room for one more category. Returns the before/after models for the expansion probe, or null when nothing is expanded.</summary>
    HeadExpansion? AddCategory();

    /// <summary>Trains on one phase's data (test set only observed, never trained on).</summary>
    PhaseTraining Train(PhaseData phase);

    int[] Predict(Dataset data);

    int ParameterCount { get; }

    int MultiplyAddsPerPrediction { get; }
}
