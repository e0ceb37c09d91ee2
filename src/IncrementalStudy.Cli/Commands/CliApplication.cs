using System.CommandLine;
using IncrementalStudy.Experiments;

namespace IncrementalStudy.Cli.Commands;

/// <summary>The <c>incstudy</c> command tree.</summary>
public static class CliApplication
{
    public static RootCommand Build(ExperimentCatalog catalog, IReadOnlyList<string> args)
    {
        var root = new RootCommand("IncrementalStudy: when a classifier meets a new category, grow the shared softmax head or train one more one-vs-all model?");
        root.Subcommands.Add(ListCommand.Create(catalog));
        root.Subcommands.Add(RunCommand.Create(catalog, "incstudy " + string.Join(' ', args)));
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(CheckCommand.Create(catalog));
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(MergeCommand.Create(catalog, "incstudy " + string.Join(' ', args)));
        root.Subcommands.Add(SlurmCommand.Create(catalog));
        return root;
    }
}
