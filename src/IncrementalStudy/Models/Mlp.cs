using IncrementalStudy.Numerics;

namespace IncrementalStudy.Models;

/// <summary>
/// A stack of Dense layers whose last layer is linear (it produces logits; the loss applies softmax or sigmoid), with
/// Keras's Glorot-uniform initialisation for every layer. Passes, buffers and the growable head are those of the
/// <see cref="SequentialNetwork"/> it wraps (the same operations in the same order), so a training step allocates nothing.
/// </summary>
internal sealed class Mlp : INetwork
{
    private readonly List<DenseLayer> _layers;
    private readonly SequentialNetwork _network;

    private Mlp(List<DenseLayer> layers, object? lineage = null)
    {
        _layers = layers;
        Lineage = lineage ?? new object();
        _network = SequentialNetwork.FromLayers(layers);
    }

    /// <summary>
    /// Glorot-initialised network. The hidden layers draw from <paramref name="bodyRng"/> and the output layer from
    /// <paramref name="headRng"/>, so models with different heads can share the same initial body (paired design).
    /// </summary>
    public static Mlp Create(NetworkSpec spec, int outputs, Rng bodyRng, Rng headRng)
    {
        var layers = new List<DenseLayer>();
        int inputs = spec.Inputs;
        for (int i = 0; i < spec.HiddenUnits.Count; i++)
        {
            var layer = new DenseLayer(inputs, spec.HiddenUnits[i], spec.HiddenActivation, $"dense_{i}");
            layer.InitialiseGlorot(bodyRng);
            layers.Add(layer);
            inputs = spec.HiddenUnits[i];
        }
        var head = new DenseLayer(inputs, outputs, Activation.Linear, "head");
        head.InitialiseGlorot(headRng);
        layers.Add(head);
        return new Mlp(layers);
    }

    /// <summary>A network from explicit layers (used by tests and by cloning).</summary>
    public static Mlp FromLayers(IEnumerable<DenseLayer> layers) => new([.. layers]);

    public IReadOnlyList<DenseLayer> Layers => _layers;
    public DenseLayer Head => _layers[^1];
    public int Inputs => _layers[0].Inputs;
    public int Outputs => Head.Outputs;

    public IEnumerable<Parameter> Parameters => _network.Parameters;
    public int ParameterCount => _network.ParameterCount;
    public int MultiplyAddsPerPrediction => _network.MultiplyAddsPerPrediction;

    /// <summary>Logits for <paramref name="rows"/> inputs; the span stays valid until the next forward call.</summary>
    public ReadOnlySpan<float> Forward(ReadOnlySpan<float> inputs, int rows) => _network.Forward(inputs, rows);

    /// <summary>
    /// Backpropagates dL/dlogits through the activations of the last <see cref="Forward"/> call on the same inputs
    /// and overwrites every parameter gradient.
    /// </summary>
    public void Backward(ReadOnlySpan<float> inputs, int rows, ReadOnlySpan<float> logitGradient) => _network.Backward(inputs, rows, logitGradient);

    public void AddSquaredSampleGradients(ReadOnlySpan<float> input, ReadOnlySpan<float> logitGradients, int rows, ReadOnlySpan<double> weights, IReadOnlyList<double[]> sums) =>
        _network.AddSquaredSampleGradients(input, logitGradients, rows, weights, sums);

    /// <summary>Grows the output layer by one node; the caller decides what happens to optimizer state.</summary>
    public void AddOutput(ReadOnlySpan<float> column, float bias) => _network.AddOutput(column, bias);

    /// <summary>Activations of the last hidden layer (the head's input) for a data set, row-major [count × head inputs].</summary>
    public float[] HiddenFeatures(Data.Dataset data) => _network.HiddenFeatures(data);

    /// <summary>
    /// Refuses data of another width than the input layer: it would be read with the wrong stride and give wrong numbers
    /// without any error.
    /// </summary>
    public void RequireWidth(Data.Dataset data, string paramName) => _network.RequireWidth(data, paramName);

    public object Lineage { get; }

    public Mlp Clone() => new([.. _layers.Select(l => l.Clone())], Lineage);

    INetwork INetwork.Clone() => Clone();
}
