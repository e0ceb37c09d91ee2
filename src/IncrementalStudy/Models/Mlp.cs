using IncrementalStudy.Numerics;

namespace IncrementalStudy.Models;

/// <summary>
/// A stack of Dense layers whose last layer is linear (it produces logits; the loss applies softmax or sigmoid).
/// Activation and gradient buffers are owned by the model and grown only when a larger batch arrives,
/// so a training step allocates nothing.
/// </summary>
internal sealed class Mlp : INetwork
{
    private readonly List<DenseLayer> _layers;
    private float[][] _activations = [];
    private float[][] _gradients = [];
    private int _capacityRows;

    private Mlp(List<DenseLayer> layers) => _layers = layers;

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

    public IEnumerable<Parameter> Parameters => _layers.SelectMany(l => new[] { l.Kernel, l.Bias });
    public int ParameterCount => Parameters.Sum(p => p.Length);
    public int MultiplyAddsPerPrediction => _layers.Sum(l => l.Inputs * l.Outputs);

    /// <summary>Logits for <paramref name="rows"/> inputs; the span stays valid until the next forward call.</summary>
    public ReadOnlySpan<float> Forward(ReadOnlySpan<float> inputs, int rows)
    {
        EnsureCapacity(rows);
        ReadOnlySpan<float> current = inputs[..(rows * Inputs)];
        for (int i = 0; i < _layers.Count; i++)
        {
            Span<float> output = _activations[i].AsSpan(0, rows * _layers[i].Outputs);
            _layers[i].Forward(current, rows, output);
            current = output;
        }
        return current;
    }

    /// <summary>
    /// Backpropagates dL/dlogits through the activations of the last <see cref="Forward"/> call on the same inputs
    /// and overwrites every parameter gradient.
    /// </summary>
    public void Backward(ReadOnlySpan<float> inputs, int rows, ReadOnlySpan<float> logitGradient)
    {
        int last = _layers.Count - 1;
        logitGradient[..(rows * Outputs)].CopyTo(_gradients[last]);
        for (int i = last; i >= 0; i--)
        {
            ReadOnlySpan<float> layerInput = i == 0 ? inputs[..(rows * Inputs)] : _activations[i - 1].AsSpan(0, rows * _layers[i].Inputs);
            Span<float> inputGradient = i == 0 ? Span<float>.Empty : _gradients[i - 1].AsSpan(0, rows * _layers[i].Inputs);
            _layers[i].Backward(layerInput, _activations[i].AsSpan(0, rows * _layers[i].Outputs), rows,
                _gradients[i].AsSpan(0, rows * _layers[i].Outputs), inputGradient);
        }
    }

    /// <summary>Grows the output layer by one node; the caller decides what happens to optimizer state.</summary>
    public void AddOutput(ReadOnlySpan<float> column, float bias)
    {
        Head.AppendOutput(column, bias);
        _capacityRows = 0; // the head's buffers are now too narrow
    }

    /// <summary>Activations of the last hidden layer (the head's input) for a data set, row-major [count × head inputs].</summary>
    public float[] HiddenFeatures(Data.Dataset data)
    {
        RequireWidth(data, nameof(data));
        if (_layers.Count < 2) throw new InvalidOperationException("The network has no hidden layer.");
        return NetworkInputs.HiddenFeatures(data, Head.Inputs, (inputs, rows) =>
        {
            Forward(inputs, rows);
            return _activations[^2];
        });
    }

    /// <summary>
    /// Refuses data of another width than the input layer: it would be read with the wrong stride and give wrong numbers
    /// without any error.
    /// </summary>
    public void RequireWidth(Data.Dataset data, string paramName)
    {
        NetworkInputs.RequireWidth(Inputs, data, paramName);
    }

    public Mlp Clone() => new([.. _layers.Select(l => l.Clone())]);

    INetwork INetwork.Clone() => Clone();

    private void EnsureCapacity(int rows)
    {
        if (rows > _capacityRows) Grow(rows);
    }

    // Separate from EnsureCapacity: a lambda capturing `rows` there would allocate its closure on every call.
    private void Grow(int rows)
    {
        _activations = [.. _layers.Select(l => new float[rows * l.Outputs])];
        _gradients = [.. _layers.Select(l => new float[rows * l.Outputs])];
        _capacityRows = rows;
    }
}
