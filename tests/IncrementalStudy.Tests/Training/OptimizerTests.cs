using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Training;

/// <summary>
/// Three steps on one parameter p0 = 1 with gradients 0.5, -0.3, 0.2, against values computed by hand in double
/// from the formulas of docs/design.md §3 (Python: see the comment on each case).
/// </summary>
public class OptimizerTests
{
    private static readonly float[] Gradients = [0.5f, -0.3f, 0.2f];

    public static TheoryData<string, double, double, double> Cases() => new()
    {
        // b = 0.9 b + g; p -= 0.1 b  →  0.95, 0.935, 0.9015
        { "sgd-momentum", 0.950000000, 0.935000000, 0.901500000 },
        // PyTorch Adam lr 1e-3, eps 1e-8; step 1 moves by exactly lr.
        { "adam", 0.999000000, 0.998808502, 0.998461074 },
        // Keras 2 legacy Nadam: lr 0.002, u_t = 0.9 (1 - 0.5 · 0.96^(0.004 t)), eps 1e-7.
        { "nadam-keras2", 0.997887097, 0.998854617, 0.998086087 },
        // Keras 3 Nadam: lr 0.001, u_t = 0.9 (1 - 0.5 · 0.96^t), eps 1e-7.
        { "nadam-keras3", 0.998937212, 0.999401224, 0.999033391 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Three_steps_match_hand_computed_values(string name, double after1, double after2, double after3)
    {
        Optimizer optimizer = Create(name);
        var parameter = new Parameter("p", 1, 1);
        parameter.Value[0] = 1f;
        double[] expected = [after1, after2, after3];
        for (int t = 0; t < 3; t++)
        {
            parameter.Gradient[0] = Gradients[t];
            optimizer.Step([parameter]);
            Assert.Equal(expected[t], parameter.Value[0], 6);
        }
        Assert.Equal(3, optimizer.Iterations);
    }

    /// <summary>
    /// Vectorised updates (8 lanes and a scalar tail) must give every element the bits that a one-element parameter,
    /// which takes the scalar path checked by hand above, gets from the same values and gradients.
    /// </summary>
    [Theory]
    [InlineData("sgd-momentum")]
    [InlineData("adam")]
    [InlineData("nadam-keras2")]
    [InlineData("nadam-keras3")]
    public void A_long_parameter_updates_each_element_as_a_lone_one(string name)
    {
        const int length = 19;
        var together = new Parameter("p", 1, length);
        Parameter[] alone = [.. Enumerable.Range(0, length).Select(i => new Parameter($"p{i}", 1, 1))];
        Optimizer vectorised = Create(name), scalar = Create(name);
        for (int i = 0; i < length; i++) together.Value[i] = alone[i].Value[0] = 1f + 0.1f * i;
        for (int t = 0; t < 3; t++)
        {
            for (int i = 0; i < length; i++) together.Gradient[i] = alone[i].Gradient[0] = Gradients[t] * (i - 7) / 3f;
            vectorised.Step([together]);
            scalar.Step(alone);
        }
        for (int i = 0; i < length; i++)
            Assert.Equal(BitConverter.SingleToInt32Bits(alone[i].Value[0]), BitConverter.SingleToInt32Bits(together.Value[i]));
    }

    private static Optimizer Create(string name) => name switch
    {
        "sgd-momentum" => new OptimizerSpec(OptimizerKind.Sgd, 0.1, 0.9).Create(),
        "adam" => new OptimizerSpec(OptimizerKind.Adam).Create(),
        "nadam-keras2" => OptimizerSpec.NadamKeras2.Create(),
        _ => OptimizerSpec.NadamKeras3.Create(),
    };

    [Fact]
    public void Plain_sgd_keeps_no_state()
    {
        var parameter = new Parameter("p", 1, 2);
        parameter.Gradient[0] = 1f;
        Optimizer sgd = new OptimizerSpec(OptimizerKind.Sgd, 0.5).Create();
        sgd.Step([parameter]);
        Assert.Equal(-0.5f, parameter.Value[0]);
        Assert.Equal(0, sgd.StateFloatCount);
    }

    [Fact]
    public void Carry_extends_moments_with_zero_columns_and_keeps_old_bits()
    {
        var kernel = new Parameter("k", 2, 2);
        Optimizer nadam = OptimizerSpec.NadamKeras2.Create();
        for (int i = 0; i < 4; i++) kernel.Gradient[i] = 0.1f * (i + 1);
        nadam.Step([kernel]);
        float[][] before = [.. nadam.SlotsOf(kernel).Select(s => s.ToArray())];

        kernel.AppendColumns(1);
        nadam.ExtendColumns(kernel, oldColumns: 2);

        Assert.Equal(2 * 6, nadam.StateFloatCount);
        foreach ((float[] old, float[] grown) in before.Zip(nadam.SlotsOf(kernel)))
        {
            Assert.Equal([old[0], old[1], 0f, old[2], old[3], 0f], grown);
        }
        Assert.Equal(1, nadam.Iterations);
    }

    [Fact]
    public void Growing_a_parameter_without_extending_state_is_an_error_not_a_silent_reset()
    {
        var kernel = new Parameter("k", 1, 1);
        Optimizer adam = new OptimizerSpec(OptimizerKind.Adam).Create();
        adam.Step([kernel]);
        kernel.AppendColumns(1);
        Assert.Throws<InvalidOperationException>(() => adam.Step([kernel]));
    }
}
