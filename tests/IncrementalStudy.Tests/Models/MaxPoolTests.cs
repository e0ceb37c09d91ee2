using IncrementalStudy.Models;

namespace IncrementalStudy.Tests.Models;

/// <summary>2×2 max pooling: values, the tie rule (first maximum in row-major window order gets the gradient), odd edges, NaN.</summary>
public class MaxPoolTests
{
    [Fact]
    public void Ties_send_the_gradient_to_the_first_maximum_in_row_major_order()
    {
        // One channel, 2×6: windows (all equal), (top-right = bottom-left), (bottom-left = bottom-right), and −0 before +0.
        float[] input =
        [
            5, 5, 1, 7, 0, 0,
            5, 5, 7, 2, 3, 3,
        ];
        var layer = new MaxPool2x2Layer(new ImageShape(1, 2, 6));
        var output = new float[3];
        layer.Forward(input, 1, output);
        Assert.Equal([5f, 7f, 3f], output);

        var inputGradient = new float[12];
        layer.Backward(input, output, 1, [10f, 20f, 30f], inputGradient);
        Assert.Equal(
        [
            10, 0, 0, 20, 0, 0,
            0, 0, 0, 0, 30, 0,
        ], inputGradient);
    }

    [Fact]
    public void Signed_zeros_tie_and_the_first_one_wins()
    {
        float[] input = [-0f, 0f, 0f, 0f];
        var layer = new MaxPool2x2Layer(new ImageShape(1, 2, 2));
        var output = new float[1];
        layer.Forward(input, 1, output);
        Assert.True(float.IsNegative(output[0]));
        var inputGradient = new float[4];
        layer.Backward(input, output, 1, [1f], inputGradient);
        Assert.Equal([1f, 0f, 0f, 0f], inputGradient);
    }

    [Fact]
    public void Channels_pool_separately_and_an_odd_last_row_and_column_get_no_gradient()
    {
        var shape = new ImageShape(2, 3, 3);
        var input = new float[shape.Size];
        for (int i = 0; i < input.Length; i++) input[i] = i % 2 == 0 ? i : -i; // channel 0 grows, channel 1 shrinks
        var layer = new MaxPool2x2Layer(shape);
        var output = new float[2];
        layer.Forward(input, 1, output);
        // Window rows 0–1, columns 0–1; channel 0 holds 0, 2, 6, 8 and channel 1 holds −1, −3, −7, −9.
        Assert.Equal([8f, -1f], output);
        var inputGradient = new float[shape.Size];
        inputGradient.AsSpan().Fill(99f); // overwritten, not accumulated
        layer.Backward(input, output, 1, [1f, 2f], inputGradient);
        var expected = new float[shape.Size];
        expected[8] = 1f;
        expected[1] = 2f;
        Assert.Equal(expected, inputGradient);
    }

    [Fact]
    public void A_nan_propagates_through_its_window()
    {
        float[] input = [1f, float.NaN, 3f, 2f];
        var layer = new MaxPool2x2Layer(new ImageShape(1, 2, 2));
        var output = new float[1];
        layer.Forward(input, 1, output);
        Assert.True(float.IsNaN(output[0]));
    }

    [Fact]
    public void Wide_maps_with_many_ties_and_nans_pick_the_first_maximum_of_every_window()
    {
        // Wide enough rows that the vector comparison runs, values from a small set so ties, signed zeros and NaNs are common.
        var shape = new ImageShape(3, 7, 23);
        const int rows = 2;
        float[] choices = [-0f, 0f, 1f, 2f, float.NaN, -1f];
        var random = new Random(5);
        float[] input = [.. Enumerable.Range(0, rows * shape.Size).Select(_ => choices[random.Next(choices.Length)])];
        var layer = new MaxPool2x2Layer(shape);
        var output = new float[rows * layer.OutputWidth];
        layer.Forward(input, rows, output);
        float[] pooledGradient = [.. Enumerable.Range(1, output.Length).Select(i => (float)i)];
        var inputGradient = new float[input.Length];
        layer.Backward(input, output, rows, [.. pooledGradient], inputGradient);

        var expectedGradient = new float[input.Length];
        int c = shape.Channels, o = 0;
        for (int n = 0; n < rows; n++)
            for (int oy = 0; oy < shape.Height / 2; oy++)
                for (int ox = 0; ox < shape.Width / 2; ox++)
                    for (int ch = 0; ch < c; ch++, o++)
                    {
                        int topLeft = n * shape.Size + (2 * oy * shape.Width + 2 * ox) * c + ch;
                        int best = topLeft;
                        foreach (int candidate in new[] { topLeft + c, topLeft + shape.Width * c, topLeft + (shape.Width + 1) * c })
                            if (input[candidate] > input[best] || (float.IsNaN(input[candidate]) && !float.IsNaN(input[best])))
                                best = candidate;
                        Assert.Equal(BitConverter.SingleToInt32Bits(input[best]), BitConverter.SingleToInt32Bits(output[o]));
                        expectedGradient[best] = pooledGradient[o];
                    }
        Assert.Equal(expectedGradient, inputGradient);
    }
}
