using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Tests.Support;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Training;

[Collection(AllocationMeasurement.Name)]
public class ConvAllocationTests
{
    /// <summary>A LeNet-5 training step (forward, loss, backward, optimizer), full and partial batches, must not allocate.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Convolutional_training_step_allocates_nothing(int channels)
    {
        ConvNetSpec spec = ConvNetSpec.LeNet5(Activation.Relu) with { Input = new ImageShape(channels, 28, 28) };
        SequentialNetwork model = SequentialNetwork.Create(spec, 10, new Rng(1), new Rng(2));
        Optimizer optimizer = OptimizerSpec.NadamKeras2.Create();
        Parameter[] parameters = [.. model.Parameters];
        const int batch = 16;
        float[] inputs = TestData.Uniform(batch * model.Inputs, seed: 2);
        int[] labels = TestData.Labels(batch, 10, seed: 3);
        var gradient = new float[batch * 10];

        void Step(int rows)
        {
            ReadOnlySpan<float> logits = model.Forward(inputs, rows);
            Losses.Compute(LossKind.SoftmaxCrossEntropy, logits, rows, 10, labels, gradient, 1f / rows, out _);
            model.Backward(inputs, rows, gradient);
            optimizer.Step(parameters);
        }

        Step(batch); // first steps create buffers and optimizer state and run every path the measured loop runs
        Step(7);
        Assert.Equal(0, AllocationMeasurement.FewestBytes(() =>
        {
            for (int i = 0; i < 10; i++) Step(i % 2 == 0 ? batch : 7);
        }));
    }
}
