using System.Reflection;

namespace IncrementalStudy.Experiments;

/// <summary>Every <see cref="IExperiment"/> with a public parameterless constructor in the given assemblies, by name.</summary>
public sealed class ExperimentCatalog
{
    private readonly IReadOnlyList<IExperiment> _experiments;

    public ExperimentCatalog(IEnumerable<IExperiment> experiments) =>
        _experiments = [.. experiments.OrderBy(e => e.Name, StringComparer.Ordinal)];

    public static ExperimentCatalog FromAssemblies(params Assembly[] assemblies) =>
        new(assemblies.SelectMany(a => a.GetTypes())
            .Where(t => typeof(IExperiment).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IExperiment)Activator.CreateInstance(t)!));

    public IReadOnlyList<IExperiment> All => _experiments;

    public IExperiment? Find(string name) => _experiments.FirstOrDefault(e => e.Name == name);

    public IReadOnlyList<string> Suggest(string name) => NameSuggester.Suggest(name, _experiments.Select(e => e.Name));

    /// <summary>"Unknown experiment 'x'. Did you mean 'y'?" (or where to find the names): one line for every command.</summary>
    public string Unknown(string name)
    {
        IReadOnlyList<string> suggestions = Suggest(name);
        return suggestions.Count > 0
            ? $"Unknown experiment '{name}'. Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?"
            : $"Unknown experiment '{name}'. 'incstudy list' shows the names.";
    }
}
