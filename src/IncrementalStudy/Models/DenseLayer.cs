using IncrementalStudy.Numerics;

namespace IncrementalStudy.Models;

/// <summary>Keras Dense: y = f(x·W + b), W of shape [inputs × outputs].</summary>
public sealed class DenseLayer : ILayer
{
    public DenseLayer(int inputs, int outputs, Activation activation, string name)
    {
        Kernel = new Parameter(name + "/kernel", inputs, outputs);
        Bias = new Parameter(name + "/bias", 1, outputs);
        Activation = activation;
    }

    private DenseLayer(Parameter kernel, Parameter bias, Activation activation)
    {
        Kernel = kernel;
        Bias = bias;
        Activation = activation;
    }

    public Parameter Kernel { get; }
    public Parameter Bias { get; }
    public Activation Activation { get; }
    public int Inputs => Kernel.Rows;
    public int Outputs => Kernel.Columns;

    /// <summary>Keras glorot_uniform kernel, zero bias.</summary>
    public void InitialiseGlorot(Rng rng)
    {
        double limit = GlorotLimit(Inputs, Outputs);
        for (int i = 0; i < Kernel.Length; i++) Kernel.Value[i] = (float)rng.NextUniform(-limit, limit);
        Array.Clear(Bias.Value);
    }

    public static double GlorotLimit(int fanIn, int fanOut) => Math.Sqrt(6.0 / (fanIn + fanOut));

    public void Forward(ReadOnlySpan<float> input, int rows, Span<float> output)
    {
        Gemm.Multiply(input, Kernel.Value, output, rows, Inputs, Outputs);
        MultiplyAddCounter.Add((long)rows * Inputs * Outputs);
        RowVectors.AddToEachRow(output, rows, Bias.Value);
        // Over the whole batch rather than row by row: a 10-unit row would leave most of each vector idle.
        Activations.Apply(Activation, output[..(rows * Outputs)]);
    }

    /// <summary>
    /// Row r's kernel gradient is the outer product x_r ⊗ δ_r and its bias gradient 0 + δ_r (what <see cref="Backward"/> on
    /// that row alone writes), so the squares are summed from x and δ without storing a gradient per row.
    /// </summary>
    public void AddSquaredRowGradients(ReadOnlySpan<float> input, ReadOnlySpan<float> outputGradient, int rows, ReadOnlySpan<double> weights, ReadOnlySpan<double[]> sums)
    {
        ReadOnlySpan<float> delta = outputGradient[..(rows * Outputs)];
        WeightedSquares.AddOuterProducts(input, Inputs, delta, Outputs, rows, weights, sums[0]);
        Span<float> biasGradient = Bias.Gradient;
        for (int r = 0; r < rows; r++)
        {
            RowVectors.SumRows(delta.Slice(r * Outputs, Outputs), 1, biasGradient);
            WeightedSquares.Add(biasGradient, weights[r], sums[1]);
        }
    }

    /// <summary>
    /// Backward pass. <paramref name="outputGradient"/> holds dL/dy on entry and is turned into dL/d(pre-activation) in place;
    /// the parameter gradients are overwritten; dL/dx is written when <paramref name="inputGradient"/> is not empty.
    /// </summary>
    public void Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> output, int rows, Span<float> outputGradient, Span<float> inputGradient)
    {
        Span<float> delta = outputGradient[..(rows * Outputs)];
        Activations.MultiplyByDerivative(Activation, output, delta);
        Gemm.MultiplyTransposeA(input, delta, Kernel.Gradient, rows, Inputs, Outputs);
        RowVectors.SumRows(delta, rows, Bias.Gradient);
        if (!inputGradient.IsEmpty)
            Gemm.MultiplyTransposeB(delta, Kernel.Value, inputGradient, rows, Outputs, Inputs);
        MultiplyAddCounter.Add((inputGradient.IsEmpty ? 1L : 2L) * rows * Inputs * Outputs);
    }

    /// <summary>Adds one output node with the given kernel column and bias; old weights keep their bits.</summary>
    public void AppendOutput(ReadOnlySpan<float> column, float bias)
    {
        if (column.Length != Inputs) throw new ArgumentException($"A new column needs {Inputs} weights, got {column.Length}.", nameof(column));
        Kernel.AppendColumns(1);
        Bias.AppendColumns(1);
        for (int r = 0; r < Inputs; r++) Kernel.Value[r * Outputs + Outputs - 1] = column[r];
        Bias.Value[Outputs - 1] = bias;
    }

    public DenseLayer Clone() => new(Kernel.Clone(), Bias.Clone(), Activation);

    int ILayer.InputWidth => Inputs;
    int ILayer.OutputWidth => Outputs;
    IReadOnlyList<Parameter> ILayer.Parameters => [Kernel, Bias];
    int ILayer.MultiplyAddsPerSample => Inputs * Outputs;
    ILayer ILayer.Clone() => Clone();
}
