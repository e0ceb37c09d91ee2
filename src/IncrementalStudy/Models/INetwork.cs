namespace IncrementalStudy.Models;

/// <summary>
/// What training and the learners need from a model: batched forward and backward passes, the parameters, and a growable
/// dense head whose input is the last hidden representation. <see cref="Mlp"/> and <see cref="SequentialNetwork"/> implement it.
/// </summary>
public interface INetwork
{
    /// <summary>Floats per input sample.</summary>
    int Inputs { get; }
    int Outputs { get; }

    /// <summary>The linear output layer; the learners grow, imprint and align it.</summary>
    DenseLayer Head { get; }

    IEnumerable<Parameter> Parameters { get; }
    int ParameterCount { get; }
    int MultiplyAddsPerPrediction { get; }

    /// <summary>Logits for <paramref name="rows"/> inputs; the span stays valid until the next forward call.</summary>
    ReadOnlySpan<float> Forward(ReadOnlySpan<float> inputs, int rows);

    /// <summary>Backpropagates dL/dlogits through the last forward pass on the same inputs; overwrites every parameter gradient.</summary>
    void Backward(ReadOnlySpan<float> inputs, int rows, ReadOnlySpan<float> logitGradient);

    /// <summary>
    /// After <see cref="Forward"/> on the one sample <paramref name="input"/>: for each of <paramref name="rows"/> logit
    /// gradients (row-major) in turn, adds (w_r·g_r,i)·g_r,i in double to sums[p][i] for every parameter value, where g_r is the
    /// gradient <see cref="Backward"/> on that sample and logit gradient row r writes; every sum gets the same additions in the
    /// same order as that loop of one-row backward passes. Parameters in <see cref="Parameters"/> order. Parameter gradients
    /// are left overwritten.
    /// </summary>
    void AddSquaredSampleGradients(ReadOnlySpan<float> input, ReadOnlySpan<float> logitGradients, int rows, ReadOnlySpan<double> weights, IReadOnlyList<double[]> sums);

    /// <summary>Grows the head by one output node; old weights keep their bits.</summary>
    void AddOutput(ReadOnlySpan<float> column, float bias);

    /// <summary>The head's input for every sample of a data set, row-major [count × head inputs].</summary>
    float[] HiddenFeatures(Data.Dataset data);

    /// <summary>Refuses data whose width differs from <see cref="Inputs"/>.</summary>
    void RequireWidth(Data.Dataset data, string paramName);

    /// <summary>
    /// Shared by a network and its clones (same layers and activations, so equal parameters compute the same function);
    /// distinct for every network created otherwise. <see cref="Training.LogitsMemo"/> matches clones by it.
    /// </summary>
    object Lineage { get; }

    INetwork Clone();
}
