using IncrementalStudy.Cli.Commands;
using IncrementalStudy.Experiments.Definitions;

return CliApplication.Build(ExperimentsAssembly.Catalog(), args).Parse(args).Invoke();
