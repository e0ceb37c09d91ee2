using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Models;

/// <summary>
/// The im2col lowering against a naive direct convolution in float32. Gemm documents one rounding per step over the shared
/// dimension in ascending order, so a direct loop over (ky, kx, ci), zeros of the padding included, gives the same bits; the
/// kernel gradient is the same chain over (sample, position). The input gradient is held to the worst-case bound of float
/// summation, which any fixed grouping meets, so it does not depend on how Gemm splits that product into lanes.
/// </summary>
public class Conv2DLayerTests
{
    public static TheoryData<int, int, int, Padding, int> Shapes() => new()
    {
        { 3, 7, 5, Padding.Same, 4 },
        { 1, 28, 5, Padding.Same, 6 },
        { 6, 14, 5, Padding.Valid, 16 },
        { 2, 9, 4, Padding.Same, 3 },
        { 3, 7, 1, Padding.Valid, 9 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Forward_and_kernel_gradient_equal_a_direct_convolution_bit_for_bit(int channels, int size, int kernel, Padding padding, int filters)
    {
        const int rows = 9; // more than a lowering chunk of the LeNet-5 shapes, so the kernel gradient continues across chunks
        var input = new ImageShape(channels, size, size);
        var layer = new Conv2DLayer(input, filters, kernel, padding, Activation.Linear, "conv");
        TestData.Uniform(layer.Kernel.Length, seed: 1).CopyTo(layer.Kernel.Value, 0);
        TestData.Uniform(filters, seed: 2).CopyTo(layer.Bias.Value, 0);
        float[] x = TestData.Uniform(rows * input.Size, seed: 3);
        var y = new float[rows * layer.OutputWidth];
        layer.Forward(x, rows, y);

        float[] delta = TestData.Uniform(rows * layer.OutputWidth, seed: 4);
        layer.Backward(x, y, rows, [.. delta], Span<float>.Empty);

        var expectedY = new float[y.Length];
        var expectedKernelGradient = new float[layer.Kernel.Length];
        var expectedBiasGradient = new float[filters];
        for (int n = 0; n < rows; n++)
            for (int oy = 0; oy < layer.Output.Height; oy++)
                for (int ox = 0; ox < layer.Output.Width; ox++)
                    for (int co = 0; co < filters; co++)
                    {
                        int o = n * layer.OutputWidth + (oy * layer.Output.Width + ox) * filters + co;
                        float sum = 0f;
                        int w = 0;
                        for (int ky = 0; ky < kernel; ky++)
                            for (int kx = 0; kx < kernel; kx++)
                                for (int ci = 0; ci < channels; ci++, w++)
                                {
                                    float pixel = Pixel(x, input, n, oy + ky - layer.PadBefore, ox + kx - layer.PadBefore, ci);
                                    sum = MultiplyAdd(pixel, layer.Kernel.Value[w * filters + co], sum);
                                    expectedKernelGradient[w * filters + co] = MultiplyAdd(pixel, delta[o], expectedKernelGradient[w * filters + co]);
                                }
                        expectedY[o] = sum + layer.Bias.Value[co];
                        expectedBiasGradient[co] += delta[o];
                    }

        Assert.Equal(expectedY, y);
        Assert.Equal(expectedKernelGradient, layer.Kernel.Gradient);
        Assert.Equal(expectedBiasGradient, layer.Bias.Gradient);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Input_gradient_is_within_the_float_summation_bound_of_the_exact_sum(int channels, int size, int kernel, Padding padding, int filters)
    {
        const int rows = 2;
        var input = new ImageShape(channels, size, size);
        var layer = new Conv2DLayer(input, filters, kernel, padding, Activation.Linear, "conv");
        TestData.Uniform(layer.Kernel.Length, seed: 5).CopyTo(layer.Kernel.Value, 0);
        float[] x = TestData.Uniform(rows * input.Size, seed: 6);
        var y = new float[rows * layer.OutputWidth];
        layer.Forward(x, rows, y);
        float[] delta = TestData.Uniform(rows * layer.OutputWidth, seed: 7);
        var dx = new float[x.Length];
        layer.Backward(x, y, rows, [.. delta], dx);

        var exact = new double[x.Length];
        var magnitude = new double[x.Length];
        for (int n = 0; n < rows; n++)
            for (int oy = 0; oy < layer.Output.Height; oy++)
                for (int ox = 0; ox < layer.Output.Width; ox++)
                    for (int ky = 0; ky < kernel; ky++)
                        for (int kx = 0; kx < kernel; kx++)
                        {
                            int iy = oy + ky - layer.PadBefore, ix = ox + kx - layer.PadBefore;
                            if (iy < 0 || iy >= size || ix < 0 || ix >= size) continue;
                            for (int ci = 0; ci < channels; ci++)
                                for (int co = 0; co < filters; co++)
                                {
                                    double term = (double)delta[n * layer.OutputWidth + (oy * layer.Output.Width + ox) * filters + co]
                                        * layer.Kernel.Value[((ky * kernel + kx) * channels + ci) * filters + co];
                                    int i = n * input.Size + (iy * size + ix) * channels + ci;
                                    exact[i] += term;
                                    magnitude[i] += Math.Abs(term);
                                }
                        }
        // Each input gradient is a float sum of at most kernel² · filters products (one rounding each) in some fixed grouping;
        // any such sum is within (terms + 1) · 2⁻²⁴ · Σ|term| of the exact value (Higham, Accuracy and Stability, §4.2).
        double unitRoundoff = Math.Pow(2, -24), terms = kernel * kernel * filters + 1;
        for (int i = 0; i < x.Length; i++)
            Assert.True(Math.Abs(dx[i] - exact[i]) <= terms * unitRoundoff * magnitude[i],
                $"input gradient [{i}]: {dx[i]} vs exact {exact[i]} (bound {terms * unitRoundoff * magnitude[i]})");
    }

    [Fact]
    public void Shapes_follow_keras_for_valid_and_same_padding()
    {
        var same = new Conv2DLayer(new ImageShape(3, 7, 9), 4, 4, Padding.Same, Activation.Tanh, "a");
        var valid = new Conv2DLayer(new ImageShape(3, 7, 9), 4, 5, Padding.Valid, Activation.Tanh, "b");
        Assert.Equal(new ImageShape(4, 7, 9), same.Output);
        Assert.Equal(1, same.PadBefore); // even kernel: one zero before, two after
        Assert.Equal(new ImageShape(4, 3, 5), valid.Output);
        Assert.Equal(4 * 4 * 3 * 4, same.Kernel.Length);
        Assert.Equal(3 * 5 * 75 * 4, valid.MultiplyAddsPerSample);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Conv2DLayer(new ImageShape(1, 9, 9), 2, 6, Padding.Same, Activation.Tanh, "c"));
        Assert.Throws<ArgumentException>(() => new Conv2DLayer(new ImageShape(1, 4, 4), 2, 5, Padding.Valid, Activation.Tanh, "d"));
    }

    private static float Pixel(float[] x, ImageShape shape, int n, int y, int xIndex, int c) =>
        y < 0 || y >= shape.Height || xIndex < 0 || xIndex >= shape.Width ? 0f : x[n * shape.Size + (y * shape.Width + xIndex) * shape.Channels + c];

    private static float MultiplyAdd(float a, float b, float addend) => MathF.FusedMultiplyAdd(a, b, addend); // every kernel path fuses (Numerics.Kernels)
}
