using IncrementalStudy.Numerics;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Models;

/// <summary>The body of every model in an experiment: input → hidden layers (one activation) → linear output.</summary>
public sealed record NetworkSpec(int Inputs, IReadOnlyList<int> HiddenUnits, Activation HiddenActivation) : INetworkSpec
{
    /// <summary>The seed scenario's network: 2 → Dense(10, tanh).</summary>
    public static NetworkSpec SeedScenario { get; } = new(2, [10], Activation.Tanh);

    public IEnumerable<ValidationError> Validate()
    {
        if (HiddenUnits.Any(h => h < 1))
            yield return new ValidationError("Network.HiddenUnits", "contains a layer with no units", "give every hidden layer at least 1 unit");
    }

    public INetwork CreateNetwork(int outputs, Rng bodyRng, Rng headRng) => Mlp.Create(this, outputs, bodyRng, headRng);

    public override string ToString() =>
        $"{Inputs} → {string.Join(" → ", HiddenUnits.Select(h => $"{h} {HiddenActivation.ToString().ToLowerInvariant()}"))} → head";
}
