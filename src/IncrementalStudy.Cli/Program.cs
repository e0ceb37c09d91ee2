using System.CommandLine;
using IncrementalStudy.Cli.Commands;
using IncrementalStudy.Experiments.Definitions;

// Signals are handled by 'run' itself (it finishes the running cases, then records the interruption), so the parser's own
// termination timeout is switched off.
return CliApplication.Build(ExperimentsAssembly.Catalog(), args).Parse(args).Invoke(new InvocationConfiguration { ProcessTerminationTimeout = null });
