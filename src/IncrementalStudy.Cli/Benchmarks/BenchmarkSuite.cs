using System.Diagnostics;
using System.Globalization;
using IncrementalStudy.Data;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;
using MathNet.Numerics.LinearAlgebra;

namespace IncrementalStudy.Cli.Benchmarks;

/// <summary>
/// What `incstudy bench` measures, in one run on this machine: GEMM throughput against the FMA peak and against MathNet's
/// managed multiply, one MLP training step, the seed scenario's training time per seed, a full seed-replication run and peak memory.
/// </summary>
internal sealed class BenchmarkSuite(TextWriter log, bool quick)
{
    private readonly List<BenchRecord> _records = [];
    private readonly int _allThreads = Environment.ProcessorCount;

    public IReadOnlyList<BenchRecord> Records => _records;

    public void RunAll(bool peers)
    {
        double peak = SingleCorePeakGflops(out string peakBasis);
        Add("fp32-fma-peak", peakBasis, 1, peak, "GFLOP/s");
        foreach ((int m, int k, int n) in new[] { (256, 784, 400), (256, 400, 400), (256, 2, 10) })
            Gemm(m, k, n, peak);
        MlpStep();
        ConvStepBenchmark.Run(quick, Add);
        SeedScenario();
        Add("peak-memory", "process", _allThreads, Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, "MiB");
        if (peers) Peers();
    }

    /// <summary>The PyTorch peer in the same session, and our time as a ratio of its time (above 1: we are faster).</summary>
    private void Peers()
    {
        IReadOnlyList<BenchRecord>? rows = PyTorchPeer.Run(out string? unavailable);
        if (rows is null)
        {
            log.WriteLine($"  peer skipped: {unavailable}");
            return;
        }
        foreach (BenchRecord row in rows) Add(row.Benchmark, row.Variant, row.Threads, row.Value, row.Unit);
        double Ours(string benchmark, string variantStart) => _records.First(r => r.Benchmark == benchmark && r.Variant.StartsWith(variantStart, StringComparison.Ordinal)).Value;
        double Peer(string benchmark) => rows.First(r => r.Benchmark == benchmark).Value;
        Add("speedup-vs-pytorch", "MLP step (PyTorch ms / ours)", 1, Peer("peer-pytorch-mlp-784-400-400-10-step") / Ours("mlp-784-400-400-10-step", "batch 256, sgd"), "ratio");
        Add("speedup-vs-pytorch", "seed scenario bare loop (PyTorch ms / ours)", 1,
            Peer("peer-pytorch-seed-scenario-training") / Ours("seed-scenario-training", "bare fit loop as"), "ratio");
    }

    private void Gemm(int m, int k, int n, double peak)
    {
        string shape = $"({m}x{k})·({k}x{n})";
        double flops = 2.0 * m * k * n;
        float[] a = Random(m * k, 1), b = Random(k * n, 2), c = new float[m * n];
        double one = flops / Timing.SecondsPerCall(() => Numerics.Gemm.Multiply(a, b, c, m, k, n), minimumSeconds: quick ? 0.05 : 0.2) / 1e9;
        Add("gemm", shape, 1, one, "GFLOP/s");
        if (m * k * n > 100_000) Add("gemm-fraction-of-peak", shape, 1, one / peak, "ratio");
        double all = flops / Timing.SecondsPerCall(() => Numerics.Gemm.MultiplyParallel(a, b, c, m, k, n, _allThreads), minimumSeconds: quick ? 0.05 : 0.2) / 1e9;
        Add("gemm", shape, _allThreads, all, "GFLOP/s");

        Matrix<float> ma = Matrix<float>.Build.Dense(m, k, (i, j) => a[i * k + j]), mb = Matrix<float>.Build.Dense(k, n, (i, j) => b[i * n + j]);
        Matrix<float> mc = Matrix<float>.Build.Dense(m, n);
        MathNet.Numerics.Control.UseSingleThread();
        double mathNet = flops / Timing.SecondsPerCall(() => ma.Multiply(mb, mc), samples: 3, minimumSeconds: quick ? 0.05 : 0.2) / 1e9;
        Add("gemm-mathnet-managed", shape, 1, mathNet, "GFLOP/s");
        Add("gemm-ratio-to-mathnet", shape, 1, one / mathNet, "ratio");
    }

    private void MlpStep()
    {
        const int batch = 256;
        Mlp model = Mlp.Create(new NetworkSpec(784, [400, 400], Activation.Relu), 10, new Rng(1), new Rng(2));
        Optimizer sgd = new OptimizerSpec(OptimizerKind.Sgd, 0.01).Create();
        Parameter[] parameters = [.. model.Parameters];
        float[] inputs = Random(batch * 784, 3);
        var rng = new Rng(4);
        int[] labels = [.. Enumerable.Range(0, batch).Select(_ => rng.NextInt(10))];
        var gradient = new float[batch * 10];
        double seconds = Timing.SecondsPerCall(() =>
        {
            ReadOnlySpan<float> logits = model.Forward(inputs, batch);
            Losses.SoftmaxCrossEntropy(logits, batch, 10, labels, gradient, 1f / batch, out _);
            model.Backward(inputs, batch, gradient);
            sgd.Step(parameters);
        }, minimumSeconds: quick ? 0.1 : 0.5);
        // Forward 2·b·Σ(in·out); backward twice that, minus the input gradient of the first layer.
        double macs = 784 * 400 + 400 * 400 + 400 * 10;
        double flops = 2 * batch * (3 * macs - 784 * 400);
        Add("mlp-784-400-400-10-step", "batch 256, sgd", 1, seconds * 1000, "ms");
        Add("mlp-784-400-400-10-step", "batch 256, sgd (GEMM-equivalent)", 1, flops / seconds / 1e9, "GFLOP/s");
    }

    private void SeedScenario()
    {
        ExperimentDefinition definition = new SeedReplication().Define();
        StrategyDefinition original = definition.Strategies.First(s => s.Name == "shared-head-keras2");
        int seeds = quick ? 3 : 10;
        Add("seed-scenario-training", "first seed of the process, bare fit loop (JIT not yet settled)", 1, BareSeedScenarioMs(seed: 1), "ms");
        double harnessMs = Timing.MedianPerSeed(seeds, seed => CaseRunner.Run(definition, new RunCase(original, seed)).Tables.Get(Results.Tables.StandardTables.Cost).SingleOrDefault()?.TrainMs ?? double.NaN);
        Add("seed-scenario-training", "shared-head-keras2, with per-epoch evaluations (median per seed)", 1, harnessMs, "ms");
        Add("seed-scenario-training", "bare fit loop as a PyTorch script runs it (median per seed)", 1, Timing.MedianPerSeed(seeds, BareSeedScenarioMs), "ms");

        ExperimentDefinition run = quick ? definition with { Seeds = 4 } : definition;
        var stopwatch = Stopwatch.StartNew();
        ExperimentRunner.Run(run, _allThreads);
        Add("run-seed-replication", $"{run.Seeds} seeds × {run.Strategies.Count} strategies, no file output", _allThreads, stopwatch.Elapsed.TotalSeconds, "s");
    }

    /// <summary>
    /// The seed scenario's two fits (2000 points then 600, 10 epochs each, batch 32, legacy Nadam, head grown in between)
    /// without the harness's per-epoch evaluations: the work a plain training script does.
    /// </summary>
    private static double BareSeedScenarioMs(int seed)
    {
        ScenarioData data = SeedScenarioData(seed);
        Mlp model = Mlp.Create(NetworkSpec.SeedScenario, 2, new Rng((ulong)seed), new Rng((ulong)seed + 100));
        var shuffle = new Rng((ulong)seed + 200);
        var stopwatch = Stopwatch.StartNew();
        Trainer.Fit(model, OptimizerSpec.NadamKeras2.Create(), LossKind.SoftmaxCrossEntropy, data.Phases[0].Train, data.Phases[0].Test,
            FitSettings.SeedScenario, shuffle, evaluateEachEpoch: false);
        model.AddOutput(new float[10], 0f);
        Trainer.Fit(model, OptimizerSpec.NadamKeras2.Create(), LossKind.SoftmaxCrossEntropy, data.Phases[1].Train, data.Phases[1].Test,
            FitSettings.SeedScenario, shuffle, evaluateEachEpoch: false);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static ScenarioData SeedScenarioData(int seed) =>
        new GaussianScenario([[0, 0], [0, 2], [2, 0]], [[1000, 1000], [200, 200, 200]]).Build("bench", seed);

    /// <summary>2 FMA units × 8 lanes × 2 flops per cycle at the clock /proc/cpuinfo reports (an assumption stated in the variant).</summary>
    private static double SingleCorePeakGflops(out string basis)
    {
        double mhz = 0;
        try
        {
            string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("cpu MHz", StringComparison.Ordinal));
            if (line is not null) mhz = double.Parse(line[(line.IndexOf(':') + 1)..].Trim(), CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
        }
        if (mhz <= 0)
        {
            basis = "assumed 3.0 GHz × 32 flops/cycle (2 AVX2 FMA units)";
            return 3.0 * 32;
        }
        basis = $"{mhz / 1000:0.00} GHz from /proc/cpuinfo × 32 flops/cycle (2 AVX2 FMA units)";
        return mhz / 1000 * 32;
    }

    private void Add(string benchmark, string variant, int threads, double value, string unit)
    {
        var record = new BenchRecord(benchmark, variant, threads, value, unit);
        _records.Add(record);
        log.WriteLine($"  {benchmark,-28} {variant,-52} {threads,2} thr  {value,10:0.###} {unit}");
    }

    private static float[] Random(int count, ulong seed)
    {
        var rng = new Rng(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (float)rng.NextUniform(-1, 1))];
    }
}
