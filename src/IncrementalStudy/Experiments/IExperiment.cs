namespace IncrementalStudy.Experiments;

/// <summary>An experiment is a recipe: a unique kebab-case name, a one-line description and a definition.</summary>
public interface IExperiment
{
    string Name { get; }
    string Description { get; }
    ExperimentDefinition Define();
}
