using System.CommandLine;
using IncrementalStudy.Cli.Benchmarks;
using IncrementalStudy.Reporting.Csv;

namespace IncrementalStudy.Cli.Commands;

public static class BenchCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out", "-o") { Description = "Folder for bench.csv.", DefaultValueFactory = _ => "bench-results" };
        var quick = new Option<bool>("--quick") { Description = "Shorter timings and fewer seeds (less precise)." };
        var peers = new Option<bool>("--peers") { Description = "Also time the same MLP step and seed scenario with PyTorch (Debian python3-torch, one thread) and report ratios." };
        var command = new Command("bench", "Measure kernels, a training step, the seed scenario and a full run; print a table and write bench.csv.") { output, quick, peers };
        command.SetAction(parseResult =>
        {
            TextWriter stdout = parseResult.InvocationConfiguration.Output;
            string folder = parseResult.GetValue(output)!;
            if (File.Exists(folder))
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"--out '{folder}' is a file; give a folder.");
                return ExitCodes.UsageError;
            }
            stdout.WriteLine($"benchmarks on {Environment.ProcessorCount} logical cores, kernels: {Numerics.Kernels.Name(Numerics.Kernels.Current)} (widest on this CPU: {Numerics.Kernels.Name(Numerics.Kernels.Widest)}; force one with INCSTUDY_KERNELS=portable|avx2|avx512)");
            var suite = new BenchmarkSuite(stdout, parseResult.GetValue(quick));
            suite.RunAll(parseResult.GetValue(peers));
            Directory.CreateDirectory(folder);
            string path = Path.Combine(folder, "bench.csv");
            CsvFiles.Write(path, suite.Records);
            stdout.WriteLine($"wrote {Path.GetFullPath(path)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
