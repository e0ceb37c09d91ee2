using IncrementalStudy.Numerics;
using IncrementalStudy.Validation;

namespace IncrementalStudy.Models;

/// <summary>A body an experiment can name: it builds a freshly initialised network with a head of the given width.</summary>
public interface INetworkSpec
{
    /// <summary>Floats per input sample.</summary>
    int Inputs { get; }

    /// <summary>
    /// The body draws from <paramref name="bodyRng"/> and the head from <paramref name="headRng"/>, so models with different
    /// heads can share the same initial body (paired design).
    /// </summary>
    INetwork CreateNetwork(int outputs, Rng bodyRng, Rng headRng);

    /// <summary>Problems with the body's own settings (fields relative to "Network"), each with a fix hint.</summary>
    IEnumerable<ValidationError> Validate() => [];
}
