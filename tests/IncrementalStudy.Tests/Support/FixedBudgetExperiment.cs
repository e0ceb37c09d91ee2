using IncrementalStudy.Experiments;

namespace IncrementalStudy.Tests.Support;

/// <summary>An experiment that ignores the requested budget, so one quick run can include another experiment's full definition.</summary>
internal sealed class FixedBudgetExperiment(IExperiment inner, Budget budget) : IExperiment
{
    public string Name => inner.Name;

    public string Description => inner.Description;

    public ExperimentDefinition Define(Budget requested = Budget.Full) => inner.Define(budget);
}
