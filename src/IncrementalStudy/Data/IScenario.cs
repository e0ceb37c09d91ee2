using IncrementalStudy.Data.Sources;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Data;

/// <summary>Where the data of an experiment comes from and how it arrives in phases.</summary>
public interface IScenario
{
    /// <summary>Features per sample (the network's input size).</summary>
    int Inputs { get; }

    /// <summary>Categories that arrive over all phases.</summary>
    int Categories { get; }

    /// <summary>All data of one seed, as phases. Depends only on (experiment, seed), never on the strategy (paired design).</summary>
    ScenarioData Build(string experiment, int seed);

    /// <summary>Problems with the scenario's settings, each with a fix hint.</summary>
    IEnumerable<ValidationError> Validate();

    /// <summary>A grid over the plane for decision-region plots, when the scenario's points are 2-D; null otherwise.</summary>
    PlaneGrid? Plane => null;

    /// <summary>One line for manifests and reports.</summary>
    string Describe();

    /// <summary>The same scenario reading data sets that are not bundled from <paramref name="location"/>.</summary>
    IScenario WithDataLocation(DataLocation location) => this;

    /// <summary>The real data sets the scenario reads (loading them), for the manifest; none for generated data.</summary>
    IReadOnlyList<DatasetFingerprint> Datasets() => [];
}
