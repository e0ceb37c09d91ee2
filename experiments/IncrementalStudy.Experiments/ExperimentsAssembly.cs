using System.Reflection;

namespace IncrementalStudy.Experiments.Definitions;

/// <summary>Handle on this assembly, where the catalog looks for experiments.</summary>
public static class ExperimentsAssembly
{
    public static Assembly Assembly => typeof(ExperimentsAssembly).Assembly;

    public static ExperimentCatalog Catalog() => ExperimentCatalog.FromAssemblies(Assembly);
}
