using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Training;

[Collection(AllocationMeasurement.Name)]
public class AllocationTests
{
    /// <summary>A training step (forward, loss, backward, optimizer) must not allocate: counted in bytes, not timed.</summary>
    [Theory]
    [InlineData(OptimizerKind.NadamKeras2)]
    [InlineData(OptimizerKind.Adam)]
    [InlineData(OptimizerKind.Sgd)]
    public void Training_step_allocates_nothing(OptimizerKind kind)
    {
        Mlp model = TestData.Network(2, [10], Activation.Tanh, 3, seed: 1);
        Optimizer optimizer = new OptimizerSpec(kind, Momentum: 0.9).Create();
        Parameter[] parameters = [.. model.Parameters];
        float[] inputs = TestData.Uniform(32 * 2, seed: 2);
        int[] labels = TestData.Labels(32, 3, seed: 3);
        var gradient = new float[32 * 3];

        void Step(int rows)
        {
            ReadOnlySpan<float> logits = model.Forward(inputs, rows);
            Losses.Compute(LossKind.SoftmaxCrossEntropy, logits, rows, 3, labels, gradient, 1f / rows, out _);
            model.Backward(inputs, rows, gradient);
            optimizer.Step(parameters);
        }

        Step(32); // first steps create buffers and optimizer state and run every path the measured loop runs
        Step(17);
        Assert.Equal(0, AllocationMeasurement.FewestBytes(() =>
        {
            for (int i = 0; i < 100; i++) Step(i % 2 == 0 ? 32 : 17); // full and partial batches
        }));
    }
}
