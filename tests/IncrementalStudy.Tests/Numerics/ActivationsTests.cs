using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Numerics;

/// <summary>The vectorised span forms give every element the bits of the scalar formula, wherever it sits in the span.</summary>
public class ActivationsTests
{
    private static float[] Inputs()
    {
        float[] values = TestData.Uniform(37, 41, -3, 3);
        values[2] = -0f;
        values[5] = 0f;
        values[9] = float.NaN;
        values[33] = float.NaN;
        return values;
    }

    [Fact]
    public void Relu_span_form_is_math_max_with_zero_bit_for_bit()
    {
        float[] values = Inputs();
        int[] expected = [.. values.Select(v => BitConverter.SingleToInt32Bits(MathF.Max(v, 0f)))];
        Activations.Apply(Activation.Relu, values);
        Assert.Equal(expected, values.Select(BitConverter.SingleToInt32Bits));
        Assert.True(float.IsNaN(values[9]) && float.IsNaN(values[33]));
        Assert.Equal(0, BitConverter.SingleToInt32Bits(values[2])); // max(−0, 0) = +0
    }

    [Theory]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.Relu)]
    [InlineData(Activation.Sigmoid)]
    public void Derivative_span_form_matches_the_scalar_formula_bit_for_bit(Activation activation)
    {
        float[] outputs = Inputs();
        Activations.Apply(activation, outputs);
        float[] gradient = TestData.Uniform(outputs.Length, 42);
        float[] expected = [.. gradient.Select((g, i) => activation switch
        {
            Activation.Tanh => g * (1f - outputs[i] * outputs[i]),
            Activation.Relu => outputs[i] <= 0f ? 0f : g,
            _ => g * (outputs[i] * (1f - outputs[i])),
        })];
        Activations.MultiplyByDerivative(activation, outputs, gradient);
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), gradient.Select(BitConverter.SingleToInt32Bits));
    }
}
