using System.Diagnostics;
using System.Globalization;

namespace IncrementalStudy.Cli.Benchmarks;

/// <summary>Runs bench/peers/pytorch_peer.py (copied next to the tool) with Debian's python3 (python3-torch) in the same session, when available.</summary>
internal static class PyTorchPeer
{
    private const string Python = "/usr/bin/python3";

    public static string Script => Path.Combine(AppContext.BaseDirectory, "bench", "peers", "pytorch_peer.py");

    /// <summary>The peer's rows, or null with the reason it could not run.</summary>
    public static IReadOnlyList<BenchRecord>? Run(out string? unavailable)
    {
        if (!File.Exists(Python) || Exec("-c \"import torch\"", out _) != 0)
        {
            unavailable = "PyTorch is not importable by /usr/bin/python3 (install Debian's python3-torch)";
            return null;
        }
        if (Exec($"\"{Script}\"", out string output) != 0)
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

    private static int Exec(string arguments, out string output)
    {
        var start = new ProcessStartInfo(Python, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["OMP_NUM_THREADS"] = "1";
        start.Environment["OPENBLAS_NUM_THREADS"] = "1";
        using Process process = Process.Start(start)!;
        output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
