using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Numerics;

/// <summary>A fact that is reported as skipped, with the reason, when this CPU cannot run the kernel path it tests.</summary>
internal sealed class KernelPathFactAttribute : FactAttribute
{
    public KernelPathFactAttribute(KernelPath path)
    {
        if (!Kernels.IsSupported(path))
            Skip = $"this CPU cannot run the {Kernels.Name(path)} kernels, so they are not compared here (supported: {string.Join(", ", Kernels.Supported.Select(Kernels.Name))})";
    }
}

/// <summary>
/// Every vector path against the portable scalar path, bit for bit: the three GEMM forms over shapes that hit every block,
/// mask and tail, the element-wise ops, every optimizer, and whole training runs. A path the CPU lacks is reported as skipped.
/// </summary>
public class KernelPathTests
{
    private static readonly (int M, int K, int N)[] Shapes =
    [
        (1, 1, 1), (7, 3, 5), (33, 17, 9), (2, 10, 3), (13, 257, 33), (32, 2, 10), (6, 16, 16), (257, 33, 7), (12, 40, 24),
        (6, 32, 32), (10, 130, 40), (150, 23, 35), (12, 64, 48), (19, 300, 71), (64, 784, 400), (32, 400, 10), (32, 10, 400), (9, 8, 17), (5, 7, 31),
        (11, 23, 1), (4, 9, 8), (8, 15, 12), (37, 520, 66), (3, 1, 50), (50, 6, 3), (1, 300, 400), (1, 33, 130), (1, 784, 10),
    ];

    [KernelPathFact(KernelPath.Avx2)]
    public void Avx2_gemm_matches_portable_bit_for_bit() => GemmMatches(KernelPath.Avx2);

    [KernelPathFact(KernelPath.Avx512)]
    public void Avx512_gemm_matches_portable_bit_for_bit() => GemmMatches(KernelPath.Avx512);

    [KernelPathFact(KernelPath.Avx2)]
    public void Avx2_transpose_b_matches_portable_on_every_block_and_tail() => TransposeBMatches(KernelPath.Avx2);

    [KernelPathFact(KernelPath.Avx512)]
    public void Avx512_transpose_b_matches_portable_on_every_block_and_tail() => TransposeBMatches(KernelPath.Avx512);

    [KernelPathFact(KernelPath.Avx2)]
    public void Avx2_element_wise_ops_match_portable_bit_for_bit() => ElementWiseMatches(KernelPath.Avx2);

    [KernelPathFact(KernelPath.Avx512)]
    public void Avx512_element_wise_ops_match_portable_bit_for_bit() => ElementWiseMatches(KernelPath.Avx512);

    [KernelPathFact(KernelPath.Avx2)]
    public void Avx2_optimizers_match_portable_bit_for_bit() => OptimizersMatch(KernelPath.Avx2);

    [KernelPathFact(KernelPath.Avx512)]
    public void Avx512_optimizers_match_portable_bit_for_bit() => OptimizersMatch(KernelPath.Avx512);

    [KernelPathFact(KernelPath.Avx2)]
    public void Avx2_training_matches_portable_bit_for_bit() => TrainingMatches(KernelPath.Avx2);

    [KernelPathFact(KernelPath.Avx512)]
    public void Avx512_training_matches_portable_bit_for_bit() => TrainingMatches(KernelPath.Avx512);

    [Fact]
    public void The_environment_switch_parses_and_refuses_unknown_or_unavailable_paths()
    {
        Assert.Equal(Kernels.Widest, Kernels.FromEnvironment(null));
        Assert.Equal(Kernels.Widest, Kernels.FromEnvironment(" "));
        Assert.Equal(KernelPath.Portable, Kernels.FromEnvironment("portable"));
        Assert.Throws<NotSupportedException>(() => Kernels.FromEnvironment("sse9"));
        foreach (KernelPath path in new[] { KernelPath.Avx2, KernelPath.Avx512 })
        {
            if (Kernels.IsSupported(path)) Assert.Equal(path, Kernels.FromEnvironment(Kernels.Name(path).ToUpperInvariant()));
            else Assert.Throws<NotSupportedException>(() => Kernels.FromEnvironment(Kernels.Name(path)));
        }
        using (Kernels.Use(KernelPath.Portable)) Assert.Equal(KernelPath.Portable, Kernels.Current);
        Assert.Equal(Kernels.Default, Kernels.Current);
    }

    private static void GemmMatches(KernelPath path)
    {
        int compared = 0;
        foreach ((int m, int k, int n) in Shapes)
        {
            float[] a = TestData.Uniform(m * k, 21), b = TestData.Uniform(k * n, 22), bt = TestData.Uniform(n * k, 23);
            float[] at = TestData.Uniform(k * m, 24), dy = TestData.Uniform(m * n, 25), initial = TestData.Uniform(m * n, 26);
            float[] initialKn = TestData.Uniform(k * n, 27);
            foreach (bool accumulate in new[] { false, true })
            {
                float[] Run(KernelPath p, Action<float[]> product, float[] start)
                {
                    float[] c = [.. start];
                    using (Kernels.Use(p)) product(c);
                    return c;
                }
                void Same(string form, Action<float[]> product, float[] start)
                {
                    float[] expected = Run(KernelPath.Portable, product, start), actual = Run(path, product, start);
                    Assert.True(expected.AsSpan().SequenceEqual(actual), $"{form} ({m}×{k}×{n}, accumulate {accumulate}) differs between portable and {Kernels.Name(path)}");
                    compared++;
                }
                Same("A·B", c => Gemm.Multiply(a, b, c, m, k, n, accumulate), initial);
                Same("Aᵀ·B", c => Gemm.MultiplyTransposeA(at.AsSpan(0, m * k), dy, c, m, k, n, accumulate), initialKn);
                Same("A·Bᵀ", c => Gemm.MultiplyTransposeB(a, bt, c, m, k, n, accumulate), initial);
            }
            float[] parallel = new float[m * n], single = new float[m * n];
            using (Kernels.Use(KernelPath.Portable)) Gemm.Multiply(a, b, single, m, k, n);
            using (Kernels.Use(path)) Gemm.MultiplyParallel(a, b, parallel, m, k, n, 3);
            Assert.True(single.AsSpan().SequenceEqual(parallel), $"parallel {Kernels.Name(path)} ({m}×{k}×{n}) differs from portable");
        }
        Assert.Equal(Shapes.Length * 6, compared);
    }

    /// <summary>
    /// A·Bᵀ over every remainder of the rows of A against the 6- and 2-row blocks, of the rows of B against the 8- and 4-row
    /// blocks, and of the depth against the 8-wide chunks (including no full chunk and one), on both sides of the depth where
    /// AVX-512 switches from gathered columns to packed rows of B (10: a 10-class head; 31, 32), with and without accumulation.
    /// </summary>
    private static void TransposeBMatches(KernelPath path)
    {
        foreach (int k in new[] { 7, 8, 9, 10, 15, 16, 23, 31, 32, 64, 401 })
            for (int m = 1; m <= 13; m++)
                foreach (int n in new[] { 1, 3, 4, 5, 7, 8, 9, 12, 15, 16, 17, 24, 29, 38 })
                {
                    float[] a = TestData.Uniform(m * k, (ulong)(m * 1000 + k)), bt = TestData.Uniform(n * k, (ulong)(n * 1000 + k));
                    float[] initial = TestData.Uniform(m * n, 7);
                    foreach (bool accumulate in new[] { false, true })
                    {
                        float[] expected = [.. initial], actual = [.. initial];
                        using (Kernels.Use(KernelPath.Portable)) Gemm.MultiplyTransposeB(a, bt, expected, m, k, n, accumulate);
                        using (Kernels.Use(path)) Gemm.MultiplyTransposeB(a, bt, actual, m, k, n, accumulate);
                        AssertSameBits(expected, actual, $"A·Bᵀ ({m}×{k}×{n}, accumulate {accumulate}) on {Kernels.Name(path)}");
                    }
                }
    }

    private static void ElementWiseMatches(KernelPath path)
    {
        foreach (int length in new[] { 1, 7, 8, 9, 15, 16, 17, 31, 33, 400, 4003 })
        {
            // Values around the tanh clamp and the tiny bound, zeros of both signs, and a NaN.
            float[] x = TestData.Uniform(length, (ulong)length, -10, 10);
            if (length > 5) { x[1] = 0f; x[2] = -0f; x[3] = 0.0003f; x[4] = 7.999f; x[5] = float.NaN; }
            foreach (Activation activation in new[] { Activation.Linear, Activation.Tanh, Activation.Relu, Activation.Sigmoid })
            {
                float[] expected = [.. x], actual = [.. x];
                using (Kernels.Use(KernelPath.Portable)) Activations.Apply(activation, expected);
                using (Kernels.Use(path)) Activations.Apply(activation, actual);
                AssertSameBits(expected, actual, $"{activation} of {length} values");

                float[] gradient = TestData.Uniform(length, 99);
                float[] expectedGradient = [.. gradient], actualGradient = [.. gradient];
                using (Kernels.Use(KernelPath.Portable)) Activations.MultiplyByDerivative(activation, expected, expectedGradient);
                using (Kernels.Use(path)) Activations.MultiplyByDerivative(activation, expected, actualGradient);
                AssertSameBits(expectedGradient, actualGradient, $"{activation} derivative over {length} values");
            }
        }
        foreach ((int rows, int columns) in new[] { (1, 1), (3, 7), (5, 16), (33, 17), (64, 400), (7, 33) })
        {
            float[] matrix = TestData.Uniform(rows * columns, 31), row = TestData.Uniform(columns, 32);
            float[] expected = [.. matrix], actual = [.. matrix];
            using (Kernels.Use(KernelPath.Portable)) RowVectors.AddToEachRow(expected, rows, row);
            using (Kernels.Use(path)) RowVectors.AddToEachRow(actual, rows, row);
            AssertSameBits(expected, actual, $"bias add {rows}×{columns}");
            float[] expectedSum = new float[columns], actualSum = new float[columns];
            using (Kernels.Use(KernelPath.Portable)) RowVectors.SumRows(matrix, rows, expectedSum);
            using (Kernels.Use(path)) RowVectors.SumRows(matrix, rows, actualSum);
            AssertSameBits(expectedSum, actualSum, $"row sums {rows}×{columns}");
        }
    }

    private static void OptimizersMatch(KernelPath path)
    {
        OptimizerSpec[] specs =
        [
            new(OptimizerKind.Sgd, 0.01), new(OptimizerKind.Sgd, 0.01, 0.9), new(OptimizerKind.Adam), OptimizerSpec.NadamKeras2, OptimizerSpec.NadamKeras3,
        ];
        foreach (OptimizerSpec spec in specs)
            foreach (int length in new[] { 3, 16, 17, 40, 4001 })
            {
                Parameter expected = Parameter(length), actual = Parameter(length);
                Optimizer expectedOptimizer = spec.Create(), actualOptimizer = spec.Create();
                for (int step = 0; step < 5; step++)
                {
                    float[] gradient = TestData.Uniform(length, (ulong)(100 + step), -0.1, 0.1);
                    gradient.CopyTo(expected.Gradient, 0);
                    gradient.CopyTo(actual.Gradient, 0);
                    using (Kernels.Use(KernelPath.Portable)) expectedOptimizer.Step([expected]);
                    using (Kernels.Use(path)) actualOptimizer.Step([actual]);
                }
                AssertSameBits(expected.Value, actual.Value, $"{spec} over {length} values");
                for (int s = 0; s < expectedOptimizer.SlotsOf(expected).Count; s++)
                    AssertSameBits(expectedOptimizer.SlotsOf(expected)[s], actualOptimizer.SlotsOf(actual)[s], $"{spec} slot {s} over {length} values");
            }

        static Parameter Parameter(int length)
        {
            var parameter = new Parameter("p", 1, length);
            TestData.Uniform(length, 7).CopyTo(parameter.Value, 0);
            return parameter;
        }
    }

    /// <summary>Whole fits (forward, loss, backward, optimizer, evaluations) on both paths end with the same bits.</summary>
    private static void TrainingMatches(KernelPath path)
    {
        var cases = new (int Inputs, int[] Hidden, Activation Activation, int Outputs, OptimizerSpec Optimizer)[]
        {
            (2, [10], Activation.Tanh, 3, OptimizerSpec.NadamKeras2),
            (37, [40, 19], Activation.Relu, 10, new OptimizerSpec(OptimizerKind.Adam)),
            (20, [33], Activation.Sigmoid, 5, new OptimizerSpec(OptimizerKind.Sgd, 0.05, 0.9)),
        };
        foreach ((int inputs, int[] hidden, Activation activation, int outputs, OptimizerSpec optimizer) in cases)
        {
            var train = new Dataset(TestData.Uniform(203 * inputs, 41), TestData.Labels(203, outputs, 42), inputs);
            var test = new Dataset(TestData.Uniform(77 * inputs, 43), TestData.Labels(77, outputs, 44), inputs);
            (Mlp Model, IReadOnlyList<EpochStats> History) Fit(KernelPath p)
            {
                using IDisposable _ = Kernels.Use(p);
                Mlp model = TestData.Network(inputs, hidden, activation, outputs, 5);
                return (model, Trainer.Fit(model, optimizer.Create(), LossKind.SoftmaxCrossEntropy, train, test, new FitSettings(3, 16), new Rng(9)));
            }
            (Mlp expected, IReadOnlyList<EpochStats> expectedHistory) = Fit(KernelPath.Portable);
            (Mlp actual, IReadOnlyList<EpochStats> actualHistory) = Fit(path);
            string name = $"{inputs}-{string.Join('-', hidden)}-{outputs} {activation} {optimizer.Kind}";
            foreach ((Parameter e, Parameter a) in expected.Parameters.Zip(actual.Parameters))
                AssertSameBits(e.Value, a.Value, $"{name}: {e.Name}");
            Assert.True(expectedHistory.SequenceEqual(actualHistory), $"{name}: epoch statistics differ between portable and {Kernels.Name(path)}");
        }
    }

    private static void AssertSameBits(float[] expected, float[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(BitConverter.SingleToInt32Bits(expected[i]) == BitConverter.SingleToInt32Bits(actual[i]),
                $"{what}: element {i} is {expected[i]:R} on the portable path and {actual[i]:R} on the vector path");
    }
}
