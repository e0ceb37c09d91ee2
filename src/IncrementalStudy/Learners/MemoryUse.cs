namespace IncrementalStudy.Learners;

/// <summary>Stored training samples and extra model-sized state (teacher copies, Fisher diagonals, anchors) of a learner.</summary>
/// <param name="ExemplarSamples">Training samples kept for later steps (or, for one-vs-all, samples of earlier categories a step trained on).</param>
/// <param name="ExemplarBytes">Their size: 4 bytes per float feature plus 4 for the label.</param>
/// <param name="ModelCopyFloats">Floats held besides the classifier's own parameters.</param>
public sealed record MemoryUse(long ExemplarSamples, long ExemplarBytes, long ModelCopyFloats)
{
    public static MemoryUse None { get; } = new(0, 0, 0);

    public static long BytesOf(long samples, int features) => samples * (4L * features + 4);

    /// <summary><paramref name="samples"/> stored samples of <paramref name="features"/> features each, no model copies.</summary>
    public static MemoryUse Of(long samples, int features) => new(samples, BytesOf(samples, features), 0);

    public MemoryUse Max(MemoryUse other) => new(Math.Max(ExemplarSamples, other.ExemplarSamples),
        Math.Max(ExemplarBytes, other.ExemplarBytes), Math.Max(ModelCopyFloats, other.ModelCopyFloats));
}
