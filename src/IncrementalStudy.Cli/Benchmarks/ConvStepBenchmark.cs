using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Cli.Benchmarks;

/// <summary>One SGD training step of the LeNet-5-sized body (<see cref="ConvNetSpec.LeNet5"/>) on a batch of 128 28×28 images.</summary>
internal static class ConvStepBenchmark
{
    public const int Batch = 128;

    /// <summary>Adds the step time and its GEMM-equivalent rate through the suite's <paramref name="add"/> (benchmark, variant, threads, value, unit).</summary>
    public static void Run(bool quick, Action<string, string, int, double, string> add)
    {
        (double seconds, double flops) = Measure(quick);
        add("lenet5-conv-step", "batch 128, 28x28, sgd, im2col", 1, seconds * 1000, "ms");
        add("lenet5-conv-step", "batch 128, 28x28, sgd (GEMM-equivalent)", 1, flops / seconds / 1e9, "GFLOP/s");
    }

    /// <summary>Median seconds per step and the GEMM-equivalent flops of one step.</summary>
    public static (double Seconds, double Flops) Measure(bool quick)
    {
        SequentialNetwork model = SequentialNetwork.Create(ConvNetSpec.LeNet5(), 10, new Rng(1), new Rng(2));
        Optimizer sgd = new OptimizerSpec(OptimizerKind.Sgd, 0.01).Create();
        Parameter[] parameters = [.. model.Parameters];
        var rng = new Rng(3);
        float[] inputs = [.. Enumerable.Range(0, Batch * model.Inputs).Select(_ => (float)rng.NextUniform(0, 1))];
        int[] labels = [.. Enumerable.Range(0, Batch).Select(_ => rng.NextInt(10))];
        var gradient = new float[Batch * 10];
        double seconds = Timing.SecondsPerCall(() =>
        {
            ReadOnlySpan<float> logits = model.Forward(inputs, Batch);
            Losses.SoftmaxCrossEntropy(logits, Batch, 10, labels, gradient, 1f / Batch, out _);
            model.Backward(inputs, Batch, gradient);
            sgd.Step(parameters);
        }, minimumSeconds: quick ? 0.1 : 0.5);
        // Forward 2·b·Σ multiply-adds; backward twice that, minus the input gradient of the first convolution (not computed).
        double macs = model.MultiplyAddsPerPrediction, firstConv = model.Layers.OfType<Conv2DLayer>().First().MultiplyAddsPerSample;
        return (seconds, 2.0 * Batch * (3 * macs - firstConv));
    }
}
