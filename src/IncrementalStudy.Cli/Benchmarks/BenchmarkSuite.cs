using System.Diagnostics;
using System.Globalization;
using IncrementalStudy.Data;
using IncrementalStudy.Data.Sources;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;
using MathNet.Numerics.LinearAlgebra;

namespace IncrementalStudy.Cli.Benchmarks;

/// <summary>
/// What `incstudy bench` measures, in one run on this machine: one core's fp32 peak per vector width (measured), GEMM
/// throughput on every vector kernel path against the widest peak (and MathNet's managed multiply), one MLP training step
/// per path, the seed scenario's training time per seed, a full seed-replication run, a real workload's achieved
/// throughput (training and evaluation separately) and peak memory.
/// </summary>
internal sealed class BenchmarkSuite(TextWriter log, bool quick)
{
    private readonly List<BenchRecord> _records = [];
    private readonly int _allThreads = Environment.ProcessorCount;
    private Action? _mlpStep; // the MLP step on the current kernel path, for the rounds against PyTorch

    public IReadOnlyList<BenchRecord> Records => _records;

    public void RunAll(bool peers)
    {
        KernelPath path = Kernels.Current;
        log.WriteLine($"  kernels: {Kernels.Name(path)} (widest this CPU runs: {Kernels.Name(Kernels.Widest)}; {Kernels.EnvironmentVariable}={Environment.GetEnvironmentVariable(Kernels.EnvironmentVariable) ?? "unset"})");
        Add("kernel-path", Kernels.Name(path), 1, (int)path, "path");
        double peak = MeasuredPeaks();
        foreach ((int m, int k, int n) in new[] { (256, 784, 400), (256, 400, 400), (256, 400, 10), (256, 2, 10) })
            Gemm(m, k, n, peak);
        GemmTransposed(peak);
        MlpStep();
        ConvStepBenchmark.Run(quick, peak, peers, Add, log.WriteLine);
        SeedScenario();
        RealWorkload(peak);
        Add("peak-memory", "process", _allThreads, Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, "MiB");
        if (peers) Peers();
    }

    /// <summary>One core's fp32 peak for each vector width the CPU has, measured (<see cref="PeakFlops"/>); returns the widest.</summary>
    private double MeasuredPeaks()
    {
        double peak = 0;
        string widest = "";
        foreach (PeakFlops.Width width in PeakFlops.Available())
        {
            peak = PeakFlops.Measure(width, seconds: quick ? 0.05 : 0.1);
            widest = width.Name;
            Add("fp32-peak", $"{width.Name}, 12 independent chains (measured)", 1, peak, "GFLOP/s");
        }
        log.WriteLine($"  every fraction of peak below is of the widest measured peak ({widest}, {peak:0.#} GFLOP/s)");
        return peak;
    }

    /// <summary>The vector paths to compare (the portable path is far slower and only a correctness reference).</summary>
    private static KernelPath[] VectorPaths => [.. Kernels.Supported.Where(p => p != KernelPath.Portable)];

    /// <summary>
    /// Seconds per call of each variant, samples interleaved (variant 1, 2, …, 1, 2, …) so a change in the machine's load
    /// hits all of them alike; each list sorted ascending.
    /// </summary>
    private static double[][] Interleaved(IReadOnlyList<Action> variants, int samples, double minimumSeconds)
    {
        var calls = new int[variants.Count];
        var stopwatch = new Stopwatch();
        for (int v = 0; v < variants.Count; v++)
        {
            variants[v]();
            calls[v] = 1;
            while (true)
            {
                stopwatch.Restart();
                for (int i = 0; i < calls[v]; i++) variants[v]();
                if (stopwatch.Elapsed.TotalSeconds >= minimumSeconds || calls[v] >= 1 << 20) break;
                calls[v] *= 2;
            }
        }
        double[][] results = [.. variants.Select(_ => new double[samples])];
        for (int s = 0; s < samples; s++)
            for (int v = 0; v < variants.Count; v++)
            {
                stopwatch.Restart();
                for (int i = 0; i < calls[v]; i++) variants[v]();
                results[v][s] = stopwatch.Elapsed.TotalSeconds / calls[v];
            }
        foreach (double[] r in results) Array.Sort(r);
        return results;
    }

    private static Action On(KernelPath path, Action action) => () =>
    {
        using (Kernels.Use(path)) action();
    };

    /// <summary>The PyTorch peer in the same session, and our time as a ratio of its best and of its median (above 1: we are faster).</summary>
    private void Peers()
    {
        IReadOnlyList<BenchRecord>? rows = PyTorchPeer.Run(out string? unavailable);
        if (rows is null)
        {
            log.WriteLine($"  peer skipped: {unavailable}");
            return;
        }
        log.WriteLine($"  peer: {PyTorchPeer.CoreNote ?? "OpenBLAS core unknown"}; OPENBLAS_NUM_THREADS=1, OMP_NUM_THREADS=1, torch.set_num_threads(1)");
        foreach (BenchRecord row in rows) Add(row.Benchmark, row.Variant, row.Threads, row.Value, row.Unit);
        double Ours(string benchmark, string variantStart) => _records.First(r => r.Benchmark == benchmark && r.Variant.StartsWith(variantStart, StringComparison.Ordinal)).Value;
        double? Peer(string benchmark, string variantStart) =>
            rows.FirstOrDefault(r => r.Benchmark == benchmark && r.Variant.StartsWith(variantStart, StringComparison.Ordinal))?.Value;
        InterleavedMlpStep();
        double ourSeed = Ours("seed-scenario-training", "bare fit loop as");
        if (Peer("peer-pytorch-seed-scenario-training", "median") is { } seedMedian)
            Add("speedup-vs-pytorch", "seed scenario bare loop (PyTorch median / ours)", 1, seedMedian / ourSeed, "ratio");
        if (Peer("peer-pytorch-seed-scenario-training", "best") is { } seedBest)
            Add("speedup-vs-pytorch", "seed scenario bare loop (PyTorch best / ours)", 1, seedBest / ourSeed, "ratio");
    }

    /// <summary>
    /// The MLP step against PyTorch's in alternating rounds (ours, the peer's, ours, …) so that a change in the machine's
    /// speed between minutes hits both alike; the ratios come from these samples.
    /// </summary>
    private void InterleavedMlpStep()
    {
        if (_mlpStep is not { } step) return;
        int rounds = quick ? 2 : 3, perRound = quick ? 3 : 5;
        var ours = new List<double>();
        var theirs = new List<double>();
        string? peerLabel = null;
        for (int r = 0; r < rounds; r++)
        {
            ours.AddRange(Timing.Samples(step, perRound, quick ? 0.05 : 0.15).Select(s => s * 1000));
            if (PyTorchPeer.Run(out _, $"--mlp {perRound.ToString(CultureInfo.InvariantCulture)}") is not { } rows) return;
            theirs.AddRange(rows.Where(row => row.Benchmark == "peer-pytorch-mlp-784-400-400-10-step").Select(row => row.Value));
            peerLabel = rows.FirstOrDefault(row => row.Benchmark == "peer-pytorch-mlp-784-400-400-10-step")?.Variant["sample ".Length..];
        }
        if (theirs.Count == 0) return;
        ours.Sort();
        theirs.Sort();
        double median = Timing.Median(ours), peerMedian = Timing.Median(theirs);
        Add("mlp-784-400-400-10-step-interleaved", $"batch 256, sgd, {Kernels.Name(Kernels.Current)} (median of {ours.Count}; range {ours[0]:0.00}–{ours[^1]:0.00} ms)", 1, median, "ms");
        Add("peer-pytorch-mlp-784-400-400-10-step-interleaved", $"{peerLabel} (median of {theirs.Count}; range {theirs[0]:0.00}–{theirs[^1]:0.00} ms)", 1, peerMedian, "ms");
        Add("speedup-vs-pytorch", $"MLP step, {rounds} interleaved rounds (PyTorch median / our median)", 1, peerMedian / median, "ratio");
        Add("speedup-vs-pytorch", $"MLP step, {rounds} interleaved rounds (PyTorch best / our median)", 1, theirs[0] / median, "ratio");
    }

    private void Gemm(int m, int k, int n, double peak)
    {
        string shape = $"({m}x{k})·({k}x{n})";
        double flops = 2.0 * m * k * n;
        float[] a = Random(m * k, 1), b = Random(k * n, 2), c = new float[m * n];
        ComparePaths("gemm", shape, flops, peak, () => Numerics.Gemm.Multiply(a, b, c, m, k, n));
        double all = flops / Timing.SecondsPerCall(() => Numerics.Gemm.MultiplyParallel(a, b, c, m, k, n, _allThreads), minimumSeconds: quick ? 0.05 : 0.2) / 1e9;
        Add("gemm", $"{shape}, {Kernels.Name(Kernels.Current)}", _allThreads, all, "GFLOP/s");
        if (m * k * n < 1_000_000 || quick) return;

        Matrix<float> ma = Matrix<float>.Build.Dense(m, k, (i, j) => a[i * k + j]), mb = Matrix<float>.Build.Dense(k, n, (i, j) => b[i * n + j]);
        Matrix<float> mc = Matrix<float>.Build.Dense(m, n);
        MathNet.Numerics.Control.UseSingleThread();
        double mathNet = flops / Timing.SecondsPerCall(() => ma.Multiply(mb, mc), samples: 3, minimumSeconds: 0.2) / 1e9;
        Add("gemm-mathnet-managed", shape, 1, mathNet, "GFLOP/s");
    }

    /// <summary>The two backward forms on the first layer's shapes: the kernel gradient Xᵀ·dY and the input gradient dY·Wᵀ.</summary>
    private void GemmTransposed(double peak)
    {
        const int rows = 256, inputs = 784, outputs = 400;
        float[] x = Random(rows * inputs, 5), dy = Random(rows * outputs, 6), w = Random(inputs * outputs, 7);
        float[] kernelGradient = new float[inputs * outputs], inputGradient = new float[rows * inputs];
        double flops = 2.0 * rows * inputs * outputs;
        ComparePaths("gemm-transpose-a", $"(256x784)ᵀ·(256x400)", flops, peak,
            () => Numerics.Gemm.MultiplyTransposeA(x, dy, kernelGradient, rows, inputs, outputs));
        ComparePaths("gemm-transpose-b", $"(256x400)·(784x400)ᵀ", flops, peak,
            () => Numerics.Gemm.MultiplyTransposeB(dy, w, inputGradient, rows, outputs, inputs));
    }

    /// <summary>One product on every vector path, interleaved: median GFLOP/s with the range, and the median as a fraction of peak.</summary>
    private void ComparePaths(string benchmark, string shape, double flops, double peak, Action product)
    {
        KernelPath[] paths = VectorPaths;
        if (paths.Length == 0) paths = [KernelPath.Portable];
        double[][] seconds = Interleaved([.. paths.Select(p => On(p, product))], quick ? 5 : 11, quick ? 0.03 : 0.1);
        for (int i = 0; i < paths.Length; i++)
        {
            double median = flops / Timing.Median(seconds[i]) / 1e9, low = flops / seconds[i][^1] / 1e9, high = flops / seconds[i][0] / 1e9;
            string variant = $"{shape}, {Kernels.Name(paths[i])}";
            Add(benchmark, $"{variant} (median of {seconds[i].Length}; range {low:0.#}–{high:0.#})", 1, median, "GFLOP/s");
            if (flops > 200_000) Add($"{benchmark}-fraction-of-peak", variant, 1, median / peak, "ratio");
        }
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
        void Step()
        {
            ReadOnlySpan<float> logits = model.Forward(inputs, batch);
            Losses.SoftmaxCrossEntropy(logits, batch, 10, labels, gradient, 1f / batch, out _);
            model.Backward(inputs, batch, gradient);
            sgd.Step(parameters);
        }
        // Forward 2·b·Σ(in·out); backward twice that, minus the input gradient of the first layer.
        double macs = 784 * 400 + 400 * 400 + 400 * 10;
        double flops = 2 * batch * (3 * macs - 784 * 400);
        _mlpStep = Step;
        KernelPath[] paths = VectorPaths.Length > 0 ? VectorPaths : [KernelPath.Portable];
        double[][] seconds = Interleaved([.. paths.Select(p => On(p, Step))], quick ? 7 : 15, quick ? 0.05 : 0.15);
        for (int i = 0; i < paths.Length; i++)
        {
            double median = Timing.Median(seconds[i]);
            Add("mlp-784-400-400-10-step", $"batch 256, sgd, {Kernels.Name(paths[i])} (median of {seconds[i].Length}; range {seconds[i][0] * 1000:0.00}–{seconds[i][^1] * 1000:0.00} ms)", 1, median * 1000, "ms");
            Add("mlp-784-400-400-10-step", $"batch 256, sgd, {Kernels.Name(paths[i])} (GEMM-equivalent)", 1, flops / median / 1e9, "GFLOP/s");
        }
    }

    /// <summary>
    /// A fixed real workload through the experiment's own definition: split-mnist-t10k with one seed, two epochs and three of
    /// its strategies (one epoch and two strategies with --quick). Multiply-adds come from <see cref="MultiplyAddCounter"/>;
    /// evaluation time is the time spent in Trainer.Logits, training the rest of the cases' wall time (so it includes data
    /// preparation and bookkeeping, and its throughput is a lower bound).
    /// </summary>
    private void RealWorkload(double peak)
    {
        ExperimentDefinition full = new SplitMnistT10k().Define();
        string[] strategies = quick ? ["replay", "ova-incremental"] : ["replay", "joint", "ova-incremental"];
        ExperimentDefinition definition = full with
        {
            Seeds = 1,
            Fit = full.Fit with { Epochs = quick ? 1 : 2 },
            Strategies = [.. full.Strategies.Where(s => strategies.Contains(s.Name))],
        };
        string workload = $"split-mnist-t10k, 1 seed, {definition.Fit.Epochs} epochs, {string.Join("+", strategies)}";
        try
        {
            definition.Scenario.Build(definition.Name, 1); // loads the data once, outside the timing
        }
        catch (Exception e) when (e is DatasetUnavailableException or IOException)
        {
            log.WriteLine($"  real workload skipped: {e.Message}");
            return;
        }
        MultiplyAddCounts before = MultiplyAddCounter.Snapshot();
        var stopwatch = Stopwatch.StartNew();
        foreach (RunCase runCase in definition.Cases()) CaseRunner.Run(definition, runCase);
        double wall = stopwatch.Elapsed.TotalSeconds;
        MultiplyAddCounts work = MultiplyAddCounter.Snapshot() - before;
        double trainingSeconds = wall - work.EvaluationSeconds;
        double training = 2.0 * work.Training / trainingSeconds / 1e9, evaluation = 2.0 * work.Evaluation / work.EvaluationSeconds / 1e9;
        Add("real-workload", $"{workload}: wall time", 1, wall, "s");
        Add("real-workload", $"{workload}: training multiply-adds", 1, work.Training, "count");
        Add("real-workload", $"{workload}: evaluation multiply-adds", 1, work.Evaluation, "count");
        Add("real-workload", $"{workload}: evaluation time", 1, work.EvaluationSeconds, "s");
        Add("real-workload-gflops", "training (everything outside evaluation)", 1, training, "GFLOP/s");
        Add("real-workload-gflops", "evaluation (Trainer.Logits)", 1, evaluation, "GFLOP/s");
        Add("real-workload-fraction-of-peak", "training", 1, training / peak, "ratio");
        Add("real-workload-fraction-of-peak", "evaluation", 1, evaluation / peak, "ratio");
        Add("real-workload-fraction-of-peak", "whole run", 1, 2.0 * work.Total / wall / 1e9 / peak, "ratio");
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

    private void Add(string benchmark, string variant, int threads, double value, string unit)
    {
        var record = new BenchRecord(benchmark, variant, threads, value, unit);
        _records.Add(record);
        log.WriteLine($"  {benchmark,-32} {variant,-72} {threads,2} thr  {value,12:0.###} {unit}");
    }

    private static float[] Random(int count, ulong seed)
    {
        var rng = new Rng(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (float)rng.NextUniform(-1, 1))];
    }
}
