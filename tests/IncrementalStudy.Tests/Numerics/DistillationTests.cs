using IncrementalStudy.Numerics;

namespace IncrementalStudy.Tests.Numerics;

public class DistillationTests
{
    // Two rows of a 4-output student; the teacher has 3 outputs, of which the first 2 are distilled.
    private static readonly float[] Student = [0.5f, -0.3f, 1.1f, 0.2f, -0.8f, 0.4f, 0.0f, 1.5f];
    private static readonly float[] Teacher = [1.0f, 0.2f, -3f, 0.3f, -0.6f, 9f];

    private static double Loss(float[] student, double temperature, double weight) =>
        Distillation.Add(student, 4, Teacher, 3, 2, 2, temperature, weight, Span<float>.Empty, 0f);

    [Fact]
    public void Loss_is_weight_T_squared_KL_of_the_softened_old_outputs_by_hand()
    {
        const double T = 2, weight = 0.7;
        double expected = 0;
        for (int r = 0; r < 2; r++)
        {
            double[] p = Soft(Teacher[r * 3], Teacher[r * 3 + 1], T), q = Soft(Student[r * 4], Student[r * 4 + 1], T);
            expected += weight * T * T * (p[0] * Math.Log(p[0] / q[0]) + p[1] * Math.Log(p[1] / q[1]));
        }
        Assert.Equal(expected, Loss(Student, T, weight), 12);
        Assert.Equal(0, Distillation.Add(Teacher, 3, Teacher, 3, 2, 2, T, weight, Span<float>.Empty, 0f), 12); // student = teacher

        static double[] Soft(double a, double b, double t) => [1 / (1 + Math.Exp((b - a) / t)), 1 / (1 + Math.Exp((a - b) / t))];
    }

    [Fact]
    public void Gradient_matches_finite_differences_and_leaves_the_new_outputs_alone()
    {
        var gradient = new float[8];
        Distillation.Add(Student, 4, Teacher, 3, 2, 2, 2, 0.7, gradient, 0.5f);
        for (int i = 0; i < 8; i++)
        {
            float[] plus = [.. Student], minus = [.. Student];
            plus[i] += 1e-3f;
            minus[i] -= 1e-3f;
            double numeric = (Loss(plus, 2, 0.7) - Loss(minus, 2, 0.7)) / ((double)plus[i] - minus[i]) * 0.5;
            Assert.Equal(numeric, gradient[i], 5);
        }
        Assert.Equal([0f, 0f, 0f, 0f], [gradient[2], gradient[3], gradient[6], gradient[7]]);
    }

    [Fact]
    public void Zero_weight_adds_nothing_to_the_gradient_bit_for_bit()
    {
        float[] gradient = [0.1f, -0.2f, 0.3f, 0.4f, 0.5f, 0.6f, -0.7f, 0.8f];
        float[] before = [.. gradient];
        Assert.Equal(0, Distillation.Add(Student, 4, Teacher, 3, 2, 2, 2, 0, gradient, 0.5f));
        Assert.Equal(before.Select(BitConverter.SingleToInt32Bits), gradient.Select(BitConverter.SingleToInt32Bits));
    }
}
