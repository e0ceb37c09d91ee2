using System.Globalization;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;

namespace IncrementalStudy.Cli.Benchmarks;

/// <summary>
/// One SGD training step of the LeNet-5-sized body the conv experiments use (<see cref="ConvNetSpec.LeNet5"/> with ReLU) on a
/// batch of 128 28×28 images, on one thread, and the same step in PyTorch (<see cref="PyTorchPeer"/>) when it is installed:
/// rounds of our samples and the peer's alternate, so a change in the machine's load hits both alike.
/// </summary>
internal static class ConvStepBenchmark
{
    public const int Batch = 128;
    private const string Name = "lenet5-conv-step";
    private const string PeerName = "peer-pytorch-lenet5-conv-step";

    /// <summary>
    /// Adds, through the suite's <paramref name="add"/> (benchmark, variant, threads, value, unit), the step's median and best
    /// time, its GEMM-equivalent rate and fraction of <paramref name="peak"/> (one core's measured peak), and with
    /// <paramref name="peers"/> PyTorch's median and best and the ratios.
    /// </summary>
    public static void Run(bool quick, double peak, bool peers, Action<string, string, int, double, string> add, Action<string> log)
    {
        (Action step, double flops) = CreateStep();
        int rounds = quick ? 2 : 3, perRound = quick ? 3 : 4;
        double minimumSeconds = quick ? 0.05 : 0.1;
        var ours = new List<double>();
        var theirs = new List<double>();
        string? peerLabel = null, unavailable = null;
        for (int r = 0; r < rounds; r++)
        {
            ours.AddRange(Timing.Samples(step, perRound, minimumSeconds).Select(s => s * 1000));
            if (!peers || unavailable is not null) continue;
            IReadOnlyList<BenchRecord>? rows = PyTorchPeer.Run(out unavailable, $"--conv {perRound.ToString(CultureInfo.InvariantCulture)}");
            if (rows is null) continue;
            theirs.AddRange(rows.Where(row => row.Benchmark == PeerName).Select(row => row.Value));
            peerLabel = rows.FirstOrDefault(row => row.Benchmark == PeerName)?.Variant["sample ".Length..];
        }

        ours.Sort();
        double median = Timing.Median(ours), best = ours[0];
        string shape = $"batch 128, 28x28, relu, sgd, im2col, {Kernels.Name(Kernels.Current)}";
        add(Name, $"{shape} (median of {ours.Count}; range {best:0.##}–{ours[^1]:0.##})", 1, median, "ms");
        add(Name, $"{shape} (best of {ours.Count})", 1, best, "ms");
        double gflops = flops / (median / 1000) / 1e9;
        add(Name, $"{shape}, GEMM-equivalent {flops / 1e9:0.###} GFLOP per step (median)", 1, gflops, "GFLOP/s");
        if (peak > 0) add($"{Name}-fraction-of-peak", $"{shape} (median)", 1, gflops / peak, "ratio");

        if (!peers) return;
        if (theirs.Count == 0)
        {
            log($"  conv peer skipped: {unavailable ?? "the peer printed no conv rows"}");
            return;
        }
        theirs.Sort();
        double peerMedian = Timing.Median(theirs), peerBest = theirs[0];
        add(PeerName, $"{peerLabel} (median of {theirs.Count}; range {peerBest:0.##}–{theirs[^1]:0.##})", 1, peerMedian, "ms");
        add(PeerName, $"{peerLabel} (best of {theirs.Count})", 1, peerBest, "ms");
        add(PeerName, $"{peerLabel}, same GEMM-equivalent flops (median)", 1, flops / (peerMedian / 1000) / 1e9, "GFLOP/s");
        add("speedup-vs-pytorch", "LeNet-5 conv step (PyTorch median / our median)", 1, peerMedian / median, "ratio");
        add("speedup-vs-pytorch", "LeNet-5 conv step (PyTorch best / our best)", 1, peerBest / best, "ratio");
    }

    /// <summary>The step on fixed random data, and the GEMM-equivalent flops of one step.</summary>
    public static (Action Step, double Flops) CreateStep()
    {
        SequentialNetwork model = SequentialNetwork.Create(ConvNetSpec.LeNet5(Activation.Relu), 10, new Rng(1), new Rng(2));
        Optimizer sgd = new OptimizerSpec(OptimizerKind.Sgd, 0.01).Create();
        Parameter[] parameters = [.. model.Parameters];
        var rng = new Rng(3);
        float[] inputs = [.. Enumerable.Range(0, Batch * model.Inputs).Select(_ => (float)rng.NextUniform(0, 1))];
        int[] labels = [.. Enumerable.Range(0, Batch).Select(_ => rng.NextInt(10))];
        var gradient = new float[Batch * 10];
        void Step()
        {
            ReadOnlySpan<float> logits = model.Forward(inputs, Batch);
            Losses.SoftmaxCrossEntropy(logits, Batch, 10, labels, gradient, 1f / Batch, out _);
            model.Backward(inputs, Batch, gradient);
            sgd.Step(parameters);
        }
        // Forward 2·b·Σ multiply-adds; backward twice that, minus the input gradient of the first convolution (not computed).
        double macs = model.MultiplyAddsPerPrediction, firstConv = model.Layers.OfType<Conv2DLayer>().First().MultiplyAddsPerSample;
        return (Step, 2.0 * Batch * (3 * macs - firstConv));
    }
}
