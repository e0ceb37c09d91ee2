using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Models;

namespace IncrementalStudy.Tests.Support;

/// <summary>split-digits with a network that takes 60 inputs although the digits have 64 features.</summary>
internal sealed class NarrowInputExperiment : IExperiment
{
    public string Name => "split-digits-60";

    public string Description => "split-digits with a 60-input network.";

    public ExperimentDefinition Define(Budget budget = Budget.Full)
    {
        ExperimentDefinition digits = new SplitDigits().Define(budget);
        return digits with { Name = Name, Description = Description, Network = ((NetworkSpec)digits.Network) with { Inputs = 60 } };
    }
}
