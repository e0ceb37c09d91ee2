namespace IncrementalStudy.Learners;

/// <summary>What a shared head trains on in each phase, besides the phase's new data.</summary>
public abstract record Rehearsal
{
    /// <summary>The phase's data only ("naive" / fine-tuning; the seed study's setting).</summary>
    public sealed record NewDataOnly : Rehearsal;

    /// <summary>A buffer of <paramref name="PerClass"/> stored samples per old class is added to every phase.</summary>
    public sealed record Replay(int PerClass, ReplaySelection Selection) : Rehearsal;

    /// <summary>All training data seen so far, continuing the same model.</summary>
    public sealed record Joint : Rehearsal;

    /// <summary>All training data seen so far, on a model re-initialised at every phase (the upper bound).</summary>
    public sealed record JointScratch : Rehearsal;

    /// <summary>
    /// Exactly the samples one-vs-all draws for the new classes (X of each new class and X of the others), so the shared
    /// head and one-vs-all see the same stored samples.
    /// </summary>
    public sealed record OvaSamples(int SamplesPerModel) : Rehearsal;

    public static Rehearsal Naive { get; } = new NewDataOnly();

    public string Describe() => this switch
    {
        NewDataOnly => "new data only",
        Replay r => $"replay {r.PerClass} per class ({r.Selection.ToString().ToLowerInvariant()})",
        Joint => "joint (all data so far, continued)",
        JointScratch => "joint from scratch every phase",
        OvaSamples o => $"the one-vs-all samples (X = {o.SamplesPerModel})",
        _ => GetType().Name,
    };
}
