namespace IncrementalStudy.Learners;

/// <summary>What one phase of training did: the fits it ran and what they cost.</summary>
public sealed record PhaseTraining(IReadOnlyList<ModelFit> Fits, IReadOnlyList<ClassSamples> Samples)
{
    public long GradientSteps => Fits.Sum(f => f.Epochs.Count == 0 ? 0 : f.Epochs[^1].Stats.GradientSteps);
    public long SamplePresentations => Fits.Sum(f => (long)f.TrainingSamples * (f.Epochs.Count - 1));

    /// <summary>One fit of the whole shared classifier on <paramref name="train"/>, with each category's positives and negatives in it.</summary>
    public static PhaseTraining SharedFit(Data.Dataset train, IReadOnlyList<Training.EpochStats> epochs, int categories)
    {
        ClassSamples[] samples = [.. Enumerable.Range(0, categories).Select(c =>
        {
            int positives = train.CountOf(c);
            return new ClassSamples(c, positives, train.Count - positives);
        })];
        var fit = new ModelFit("shared", train.Count, [.. epochs.Select(e => new FitEpoch(e, e.Test.Accuracy))], WholeClassifier: true);
        return new PhaseTraining([fit], samples);
    }
}
