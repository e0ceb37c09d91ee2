using IncrementalStudy.Numerics;

namespace IncrementalStudy.Models;

/// <summary>
/// A chain of <see cref="ILayer"/>s ending in a linear <see cref="DenseLayer"/> head: the convolutional counterpart of
/// <see cref="Mlp"/>, with the same members. Activation and gradient buffers are owned here and grown only when a larger
/// batch arrives, so a training step allocates nothing; layers before the first one with weights are skipped backwards.
/// </summary>
internal sealed class SequentialNetwork : INetwork
{
    private readonly List<ILayer> _layers;
    private readonly int _firstTrainable;
    private float[][] _activations = [];
    private float[][] _gradients = [];
    private float[] _repeatedInput = [];
    private int _capacityRows;

    private SequentialNetwork(List<ILayer> layers, object? lineage = null)
    {
        Lineage = lineage ?? new object();
        if (layers.Count == 0 || layers[^1] is not DenseLayer) throw new ArgumentException("The last layer must be the dense head.", nameof(layers));
        for (int i = 1; i < layers.Count; i++)
            if (layers[i].InputWidth != layers[i - 1].OutputWidth)
                throw new ArgumentException($"Layer {i} takes {layers[i].InputWidth} values per sample but layer {i - 1} gives {layers[i - 1].OutputWidth}.", nameof(layers));
        _layers = layers;
        _firstTrainable = layers.FindIndex(l => l.Parameters.Count > 0);
    }

    /// <summary>The body of <paramref name="spec"/> drawn from <paramref name="bodyRng"/> layer by layer, the head from <paramref name="headRng"/>.</summary>
    public static SequentialNetwork Create(ConvNetSpec spec, int outputs, Rng bodyRng, Rng headRng)
    {
        var layers = new List<ILayer>();
        ImageShape shape = spec.Input;
        if (shape.Channels > 1) layers.Add(new ChannelsLastLayer(shape));
        int convolutions = 0;
        foreach (ConvStage stage in spec.Stages)
        {
            switch (stage)
            {
                case ConvolutionStage c:
                    var conv = new Conv2DLayer(shape, c.Filters, c.KernelSize, c.Padding, spec.HiddenActivation, $"conv_{convolutions++}");
                    WeightInit.FillUniform(conv.Kernel, WeightInit.LimitFor(spec.HiddenActivation, conv.FanIn, conv.FanOut), bodyRng);
                    layers.Add(conv);
                    shape = conv.Output;
                    break;
                case MaxPoolStage:
                    var pool = new MaxPool2x2Layer(shape);
                    layers.Add(pool);
                    shape = pool.Output;
                    break;
                default:
                    throw new ArgumentException($"Unknown stage {stage}.", nameof(spec));
            }
        }
        layers.Add(new FlattenLayer(shape));
        int inputs = shape.Size;
        for (int i = 0; i < spec.HiddenUnits.Count; i++)
        {
            var dense = new DenseLayer(inputs, spec.HiddenUnits[i], spec.HiddenActivation, $"dense_{i}");
            WeightInit.FillUniform(dense.Kernel, WeightInit.LimitFor(spec.HiddenActivation, dense.Inputs, dense.Outputs), bodyRng);
            layers.Add(dense);
            inputs = dense.Outputs;
        }
        var head = new DenseLayer(inputs, outputs, Activation.Linear, "head");
        head.InitialiseGlorot(headRng);
        layers.Add(head);
        return new SequentialNetwork(layers);
    }

    /// <summary>A network from explicit layers, the last a dense head (used by tests and by cloning).</summary>
    public static SequentialNetwork FromLayers(IEnumerable<ILayer> layers) => new([.. layers]);

    public IReadOnlyList<ILayer> Layers => _layers;
    public DenseLayer Head => (DenseLayer)_layers[^1];
    public int Inputs => _layers[0].InputWidth;
    public int Outputs => Head.Outputs;

    public IEnumerable<Parameter> Parameters => _layers.SelectMany(l => l.Parameters);
    public int ParameterCount => Parameters.Sum(p => p.Length);
    public int MultiplyAddsPerPrediction => _layers.Sum(l => l.MultiplyAddsPerSample);

    public ReadOnlySpan<float> Forward(ReadOnlySpan<float> inputs, int rows)
    {
        EnsureCapacity(rows);
        ReadOnlySpan<float> current = inputs[..(rows * Inputs)];
        for (int i = 0; i < _layers.Count; i++)
        {
            Span<float> output = _activations[i].AsSpan(0, rows * _layers[i].OutputWidth);
            _layers[i].Forward(current, rows, output);
            current = output;
        }
        return current;
    }

    public void Backward(ReadOnlySpan<float> inputs, int rows, ReadOnlySpan<float> logitGradient)
    {
        int last = _layers.Count - 1;
        logitGradient[..(rows * Outputs)].CopyTo(_gradients[last]);
        for (int i = last; i >= _firstTrainable; i--)
        {
            ILayer layer = _layers[i];
            ReadOnlySpan<float> layerInput = i == 0 ? inputs[..(rows * Inputs)] : _activations[i - 1].AsSpan(0, rows * layer.InputWidth);
            Span<float> inputGradient = i == _firstTrainable ? Span<float>.Empty : _gradients[i - 1].AsSpan(0, rows * layer.InputWidth);
            layer.Backward(layerInput, _activations[i].AsSpan(0, rows * layer.OutputWidth), rows,
                _gradients[i].AsSpan(0, rows * layer.OutputWidth), inputGradient);
        }
    }

    public void AddOutput(ReadOnlySpan<float> column, float bias)
    {
        Head.AppendOutput(column, bias);
        _capacityRows = 0; // the head's buffers are now too narrow
    }

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

    public void RequireWidth(Data.Dataset data, string paramName)
    {
        NetworkInputs.RequireWidth(Inputs, data, paramName);
    }

    public void AddSquaredSampleGradients(ReadOnlySpan<float> input, ReadOnlySpan<float> logitGradients, int rows, ReadOnlySpan<double> weights, IReadOnlyList<double[]> sums)
    {
        if (rows > _capacityRows)
        {
            float[][] last = _activations;
            Grow(rows);
            for (int i = 0; i < _layers.Count; i++) last[i].AsSpan(0, _layers[i].OutputWidth).CopyTo(_activations[i]);
        }
        // The sample's activations repeated for every gradient row: rows of a batch are independent, so these are the values
        // a forward pass of that many copies would compute, without computing them again. Then one backward pass of all rows
        // (each row's deltas are its own) instead of one per row, and each layer adds its rows' squared gradients.
        if (_repeatedInput.Length < rows * Inputs) _repeatedInput = new float[rows * Inputs];
        for (int r = 0; r < rows; r++)
        {
            input[..Inputs].CopyTo(_repeatedInput.AsSpan(r * Inputs));
            for (int i = 0; i < _layers.Count; i++)
            {
                int width = _layers[i].OutputWidth;
                if (r > 0) _activations[i].AsSpan(0, width).CopyTo(_activations[i].AsSpan(r * width));
            }
        }
        ReadOnlySpan<float> inputs = _repeatedInput.AsSpan(0, rows * Inputs);
        Backward(inputs, rows, logitGradients);
        double[][] allSums = sums as double[][] ?? [.. sums];
        int first = 0;
        for (int i = _firstTrainable; i < _layers.Count; i++)
        {
            ILayer layer = _layers[i];
            int count = layer.Parameters.Count;
            if (count == 0) continue;
            ReadOnlySpan<float> layerInput = i == 0 ? inputs : _activations[i - 1].AsSpan(0, rows * layer.InputWidth);
            layer.AddSquaredRowGradients(layerInput, _gradients[i].AsSpan(0, rows * layer.OutputWidth), rows, weights, allSums.AsSpan(first, count));
            first += count;
        }
    }

    public object Lineage { get; }

    public SequentialNetwork Clone() => new([.. _layers.Select(l => l.Clone())], Lineage);

    INetwork INetwork.Clone() => Clone();

    private void EnsureCapacity(int rows)
    {
        if (rows > _capacityRows) Grow(rows);
    }

    // Separate from EnsureCapacity: a lambda capturing `rows` there would allocate its closure on every call.
    private void Grow(int rows)
    {
        _activations = [.. _layers.Select(l => new float[rows * l.OutputWidth])];
        _gradients = [.. _layers.Select(l => new float[rows * l.OutputWidth])];
        _capacityRows = rows;
    }
}
