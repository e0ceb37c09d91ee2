using IncrementalStudy.Experiments;

namespace IncrementalStudy.Tests.Support;

/// <summary>An experiment whose definition throws: stands in for any bug that escapes a command.</summary>
internal sealed class ThrowingExperiment : IExperiment
{
    public const string Message = "boom in Define";

    public string Name => "throwing";

    public string Description => "Throws when defined.";

    public ExperimentDefinition Define(Budget budget = Budget.Full) => throw new InvalidOperationException(Message);
}
