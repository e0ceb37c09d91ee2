using IncrementalStudy.Cli.Commands;
using IncrementalStudy.Experiments.Definitions;

return CliApplication.Run(ExperimentsAssembly.Catalog(), args, Console.Out, Console.Error);
