namespace IncrementalStudy.Learners;

/// <summary>What one phase of training did: the fits it ran and what they cost.</summary>
public sealed record PhaseTraining(IReadOnlyList<ModelFit> Fits, IReadOnlyList<ClassSamples> Samples)
{
    public long GradientSteps => Fits.Sum(f => f.Epochs.Count == 0 ? 0 : f.Epochs[^1].Stats.GradientSteps);
    public long SamplePresentations => Fits.Sum(f => (long)f.TrainingSamples * (f.Epochs.Count - 1));
}
