namespace IncrementalStudy.Experiments;

/// <summary>
/// An experiment is a recipe: a unique kebab-case name, a one-line description and a definition per budget, each with the
/// expectations that hold at that budget.
/// </summary>
public interface IExperiment
{
    string Name { get; }
    string Description { get; }
    ExperimentDefinition Define(Budget budget = Budget.Full);
}
