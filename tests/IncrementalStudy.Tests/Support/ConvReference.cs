using IncrementalStudy.Models;
using IncrementalStudy.Numerics;

namespace IncrementalStudy.Tests.Support;

/// <summary>
/// Naive double-precision passes for the convolutional layers, written from the layer definitions (direct convolution, no
/// lowering), as ground truth for finite differences. Images are channels-last unless stated.
/// </summary>
internal static class ConvReference
{
    /// <summary>Direct convolution of one image; kernel [(ky, kx, ci) × filters], zero outside the image.</summary>
    public static double[] Convolve(double[] image, ImageShape input, int kernelSize, Padding padding, int filters,
        double[] kernel, double[] bias, Activation activation)
    {
        int pad = padding == Padding.Same ? (kernelSize - 1) / 2 : 0;
        int outHeight = padding == Padding.Same ? input.Height : input.Height - kernelSize + 1;
        int outWidth = padding == Padding.Same ? input.Width : input.Width - kernelSize + 1;
        var result = new double[outHeight * outWidth * filters];
        for (int oy = 0; oy < outHeight; oy++)
            for (int ox = 0; ox < outWidth; ox++)
                for (int co = 0; co < filters; co++)
                {
                    double z = bias[co];
                    for (int ky = 0; ky < kernelSize; ky++)
                        for (int kx = 0; kx < kernelSize; kx++)
                        {
                            int iy = oy + ky - pad, ix = ox + kx - pad;
                            if (iy < 0 || iy >= input.Height || ix < 0 || ix >= input.Width) continue;
                            for (int ci = 0; ci < input.Channels; ci++)
                                z += image[(iy * input.Width + ix) * input.Channels + ci] * kernel[((ky * kernelSize + kx) * input.Channels + ci) * filters + co];
                        }
                    result[(oy * outWidth + ox) * filters + co] = DoubleReference.Activate(activation, z);
                }
        return result;
    }

    public static double[] MaxPool(double[] image, ImageShape input)
    {
        int outHeight = input.Height / 2, outWidth = input.Width / 2, c = input.Channels;
        var result = new double[outHeight * outWidth * c];
        for (int oy = 0; oy < outHeight; oy++)
            for (int ox = 0; ox < outWidth; ox++)
                for (int ch = 0; ch < c; ch++)
                {
                    double best = double.NegativeInfinity;
                    for (int dy = 0; dy < 2; dy++)
                        for (int dx = 0; dx < 2; dx++)
                            best = Math.Max(best, image[((2 * oy + dy) * input.Width + 2 * ox + dx) * c + ch]);
                    result[(oy * outWidth + ox) * c + ch] = best;
                }
        return result;
    }

    /// <summary>Channel-major (c, y, x) to channels-last (y, x, c).</summary>
    public static double[] ChannelsLast(double[] planar, ImageShape shape)
    {
        var result = new double[shape.Size];
        for (int c = 0; c < shape.Channels; c++)
            for (int y = 0; y < shape.Height; y++)
                for (int x = 0; x < shape.Width; x++)
                    result[(y * shape.Width + x) * shape.Channels + c] = planar[(c * shape.Height + y) * shape.Width + x];
        return result;
    }

    public static double[] Dense(double[] input, DenseLayer layer, double[] kernel, double[] bias)
    {
        var result = new double[layer.Outputs];
        for (int j = 0; j < layer.Outputs; j++)
        {
            double z = bias[j];
            for (int i = 0; i < layer.Inputs; i++) z += input[i] * kernel[i * layer.Outputs + j];
            result[j] = DoubleReference.Activate(layer.Activation, z);
        }
        return result;
    }

    /// <summary>One layer on one sample; <paramref name="weights"/> are the layer's parameters in order (kernel, bias).</summary>
    public static double[] Layer(ILayer layer, double[][] weights, double[] sample) => layer switch
    {
        Conv2DLayer c => Convolve(sample, c.Input, c.KernelSize, c.Padding, c.Filters, weights[0], weights[1], c.Activation),
        MaxPool2x2Layer p => MaxPool(sample, p.Input),
        ChannelsLastLayer t => ChannelsLast(sample, t.Input),
        FlattenLayer => [.. sample],
        DenseLayer d => Dense(sample, d, weights[0], weights[1]),
        _ => throw new ArgumentException($"No reference for {layer.GetType().Name}."),
    };

    /// <summary>Mean softmax cross-entropy of a network, weights per parameter in <see cref="SequentialNetwork.Parameters"/> order.</summary>
    public static double MeanLoss(SequentialNetwork network, double[][] weights, float[] inputs, int[] labels)
    {
        double total = 0;
        for (int r = 0; r < labels.Length; r++)
        {
            double[] activation = [.. inputs.Skip(r * network.Inputs).Take(network.Inputs).Select(v => (double)v)];
            int p = 0;
            foreach (ILayer layer in network.Layers)
            {
                int count = layer.Parameters.Count;
                activation = Layer(layer, weights[p..(p + count)], activation);
                p += count;
            }
            double max = activation.Max();
            total += max + Math.Log(activation.Sum(z => Math.Exp(z - max))) - activation[labels[r]];
        }
        return total / labels.Length;
    }

    public static double[] ToDouble(ReadOnlySpan<float> values)
    {
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++) result[i] = values[i];
        return result;
    }
}
