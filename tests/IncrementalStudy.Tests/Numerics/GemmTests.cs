using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Numerics;

public class GemmTests
{
    public static TheoryData<int, int, int> Shapes() => new()
    {
        { 1, 1, 1 }, { 7, 3, 5 }, { 33, 17, 9 }, { 2, 10, 3 }, { 13, 257, 33 }, { 32, 2, 10 }, { 6, 16, 16 }, { 257, 33, 7 }, { 12, 40, 24 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void All_three_forms_match_a_naive_triple_loop(int m, int k, int n)
    {
        float[] a = TestData.Uniform(m * k, 1), b = TestData.Uniform(k * n, 2), bt = Transpose(b, k, n), at = Transpose(a, m, k);
        double[] expected = Naive(a, b, m, k, n);

        var c = new float[m * n];
        Gemm.Multiply(a, b, c, m, k, n);
        AssertClose(expected, c, k);

        Gemm.MultiplyTransposeA(at, b, c, k, m, n); // (Aᵀ)ᵀ·B
        AssertClose(expected, c, k);

        Gemm.MultiplyTransposeB(a, bt, c, m, k, n); // A·(Bᵀ)ᵀ
        AssertClose(expected, c, k);
    }

    /// <summary>A row's result must not depend on how many rows are computed with it (the batch size), bit for bit.</summary>
    [Theory]
    [InlineData(2, 10)]
    [InlineData(10, 3)]
    [InlineData(64, 1)]
    [InlineData(64, 100)]
    [InlineData(784, 400)]
    public void Rows_are_bitwise_independent_of_the_batch_they_are_computed_in(int k, int n)
    {
        float[] a = TestData.Uniform(33 * k, 5), b = TestData.Uniform(k * n, 6);
        var full = new float[33 * n];
        Gemm.Multiply(a, b, full, 33, k, n);
        for (int rows = 1; rows <= 33; rows += 4)
        {
            var part = new float[rows * n];
            Gemm.Multiply(a.AsSpan(0, rows * k), b, part, rows, k, n);
            Assert.True(part.AsSpan().SequenceEqual(full.AsSpan(0, rows * n)), $"{rows} rows differ from the same rows of 33");
        }
    }

    /// <summary>
    /// The documented order, bit for bit: every element of A·B and Aᵀ·B (and of A·Bᵀ when the shared dimension is below 8) is
    /// C + Σ_s a·b accumulated in ascending s with one rounding per step, whether it falls in a 6 × 16 block, a 6 × 8 block,
    /// a masked tail or a leftover row.
    /// </summary>
    [Theory]
    [InlineData(32, 2, 10)]
    [InlineData(32, 10, 3)]
    [InlineData(10, 32, 3)]
    [InlineData(7, 300, 23)]
    [InlineData(13, 5, 41)]
    [InlineData(1, 7, 1)]
    [InlineData(128, 64, 1)]
    [InlineData(19, 300, 2)]
    [InlineData(17, 13, 4)]
    [InlineData(8, 3, 3)]
    public void Elements_follow_the_sequential_fused_order_bit_for_bit(int m, int k, int n)
    {
        float[] a = TestData.Uniform(m * k, 11), b = TestData.Uniform(k * n, 12), at = Transpose(a, m, k), bt = Transpose(b, k, n);
        float[] initial = TestData.Uniform(m * n, 13);
        var expected = new float[m * n];
        var fromZero = new float[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                float sum = 0f, accumulated = initial[i * n + j];
                for (int s = 0; s < k; s++)
                {
                    sum = Step(a[i * k + s], b[s * n + j], sum);
                    accumulated = Step(a[i * k + s], b[s * n + j], accumulated);
                }
                fromZero[i * n + j] = sum;
                expected[i * n + j] = accumulated;
            }

        float[] c = [.. initial];
        Gemm.Multiply(a, b, c, m, k, n, accumulate: true);
        Assert.True(expected.AsSpan().SequenceEqual(c), "A·B");
        c = [.. initial];
        Gemm.MultiplyTransposeA(at, b, c, k, m, n, accumulate: true);
        Assert.True(expected.AsSpan().SequenceEqual(c), "Aᵀ·B");
        if (k < 8)
        {
            Gemm.MultiplyTransposeB(a, bt, c, m, k, n);
            Assert.True(fromZero.AsSpan().SequenceEqual(c), "A·Bᵀ");
        }

        static float Step(float x, float y, float addend) => MathF.FusedMultiplyAdd(x, y, addend);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Parallel_multiply_is_bitwise_the_single_thread_result(int threads)
    {
        float[] a = TestData.Uniform(257 * 33, 7), b = TestData.Uniform(33 * 40, 8);
        var single = new float[257 * 40];
        var parallel = new float[257 * 40];
        Gemm.Multiply(a, b, single, 257, 33, 40);
        Gemm.MultiplyParallel(a, b, parallel, 257, 33, 40, threads);
        Assert.True(single.AsSpan().SequenceEqual(parallel));
    }

    [Fact]
    public void Accumulate_adds_to_the_existing_output()
    {
        float[] a = [1, 2], b = [3, 4];
        float[] c = [10];
        Gemm.Multiply(a, b, c, 1, 2, 1, accumulate: true);
        Assert.Equal(21f, c[0]);
        Gemm.Multiply(a, b, c, 1, 2, 1);
        Assert.Equal(11f, c[0]);
    }

    [Fact]
    public void Too_small_operands_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Gemm.Multiply(new float[3], new float[4], new float[4], 2, 2, 2));
    }

    private static double[] Naive(float[] a, float[] b, int m, int k, int n)
    {
        var c = new double[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                for (int p = 0; p < k; p++)
                    c[i * n + j] += (double)a[i * k + p] * b[p * n + j];
        return c;
    }

    private static float[] Transpose(float[] x, int rows, int columns)
    {
        var t = new float[x.Length];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
                t[c * rows + r] = x[r * columns + c];
        return t;
    }

    private static void AssertClose(double[] expected, float[] actual, int k)
    {
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-6 * k + 1e-6, $"element {i}: expected {expected[i]}, got {actual[i]}");
    }
}
