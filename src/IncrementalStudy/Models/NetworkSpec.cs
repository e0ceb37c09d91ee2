using IncrementalStudy.Numerics;

namespace IncrementalStudy.Models;

/// <summary>The body of every model in an experiment: input → hidden layers (one activation) → linear output.</summary>
public sealed record NetworkSpec(int Inputs, IReadOnlyList<int> HiddenUnits, Activation HiddenActivation)
{
    /// <summary>The seed scenario's network: 2 → Dense(10, tanh).</summary>
    public static NetworkSpec SeedScenario { get; } = new(2, [10], Activation.Tanh);

    public override string ToString() =>
        $"{Inputs} → {string.Join(" → ", HiddenUnits.Select(h => $"{h} {HiddenActivation.ToString().ToLowerInvariant()}"))} → head";
}
