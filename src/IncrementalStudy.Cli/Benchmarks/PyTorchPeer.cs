using System.Diagnostics;
using System.Globalization;

namespace IncrementalStudy.Cli.Benchmarks;

/// <summary>
/// Runs bench/peers/pytorch_peer.py (copied next to the tool) with Debian's python3 (python3-torch, libopenblas0-pthread) in
/// the same session, when available, on one thread: OMP_NUM_THREADS=1 and OPENBLAS_NUM_THREADS=1, and this environment's
/// OpenBLAS overrides (OPENBLAS_CORETYPE, OPENBLAS_L2_SIZE) removed for the peer's command alone so OpenBLAS picks its own
/// kernel. OpenBLAS releases that do not know the CPU (0.3.21 on Zen 5) fall back to a generic SSE3 core (Prescott); then
/// the best core for the CPU's instruction set is forced instead (Cooperlake with AVX-512 BF16, SkylakeX with AVX-512,
/// Haswell with AVX2), so the peer is not handicapped. The core used is in every peer row's variant.
/// </summary>
internal static class PyTorchPeer
{
    private const string Python = "/usr/bin/python3";

    /// <summary>OpenBLAS cores without AVX2 kernels: a sign it did not recognise the CPU.</summary>
    private static readonly string[] GenericCores = ["Prescott", "Katmai", "Coppermine", "Northwood", "Core2", "Penryn", "Dunnington", "Nehalem", "Atom", "Opteron", "Opteron_SSE3", "Barcelona", "Nano", "Bobcat"];

    public static string Script => Path.Combine(AppContext.BaseDirectory, "bench", "peers", "pytorch_peer.py");

    /// <summary>The OpenBLAS core the peer ran on, and whether it had to be forced (set by <see cref="Run"/>).</summary>
    public static string? CoreNote { get; private set; }

    /// <summary>The peer's rows, or null with the reason it could not run; <paramref name="mode"/> selects a part (e.g. "--conv 4").</summary>
    public static IReadOnlyList<BenchRecord>? Run(out string? unavailable, string mode = "")
    {
        if (!File.Exists(Python) || Exec("-c \"import torch\"", null, out _) != 0)
        {
            unavailable = "PyTorch is not importable by /usr/bin/python3 (install Debian's python3-torch and libopenblas0-pthread)";
            return null;
        }
        string? coreType = null;
        if (Exec($"\"{Script}\" --corename", null, out string chosen) == 0)
        {
            chosen = chosen.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "unknown";
            CoreNote = $"OpenBLAS chose {chosen}";
            if (GenericCores.Contains(chosen, StringComparer.OrdinalIgnoreCase) && BestCoreForThisCpu() is { } best)
            {
                coreType = best;
                CoreNote = $"OpenBLAS chose the generic {chosen} (it does not know this CPU); forced OPENBLAS_CORETYPE={best}";
            }
        }
        if (Exec($"\"{Script}\" {mode}", coreType, out string output) != 0)
        {
            unavailable = $"{Script} failed: {output}";
            return null;
        }
        unavailable = null;
        return
        [
            .. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(','))
                .Where(f => f.Length == 5)
                .Select(f => new BenchRecord(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture), f[4])),
        ];
    }

    private static string? BestCoreForThisCpu()
    {
        string flags = "";
        try
        {
            flags = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal)) ?? "";
        }
        catch (IOException)
        {
        }
        string[] set = flags.Split([' ', '\t', ':'], StringSplitOptions.RemoveEmptyEntries);
        if (set.Contains("avx512_bf16") && set.Contains("avx512f")) return "Cooperlake";
        if (set.Contains("avx512f")) return "SkylakeX";
        if (set.Contains("avx2")) return "Haswell";
        return null;
    }

    private static int Exec(string arguments, string? coreType, out string output)
    {
        var start = new ProcessStartInfo(Python, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["OMP_NUM_THREADS"] = "1";
        start.Environment["OPENBLAS_NUM_THREADS"] = "1";
        start.Environment["MKL_NUM_THREADS"] = "1";
        start.Environment.Remove("OPENBLAS_CORETYPE");
        start.Environment.Remove("OPENBLAS_L2_SIZE");
        if (coreType is not null) start.Environment["OPENBLAS_CORETYPE"] = coreType;
        using Process process = Process.Start(start)!;
        output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
