namespace IncrementalStudy.Experiments;

/// <summary>
/// A comparison an experiment is built to answer: <paramref name="Treatment"/> − <paramref name="Baseline"/> on the headline
/// metric, paired by seed, the two arms differing in <paramref name="Factor"/> and nothing else (e.g. "shared head vs
/// one-vs-all at equal memory and equal new-category data"). The report answers the declared contrasts, with intervals
/// adjusted for their number; it never picks a winner among all arms.
/// </summary>
/// <param name="Factor">What differs between the arms, in words a reader of the question uses.</param>
public sealed record Contrast(string Treatment, string Baseline, string Factor)
{
    /// <summary>Which part of the question the contrast answers; the cross-study answer groups contrasts by it.</summary>
    public ContrastTopic Topic { get; init; } = ContrastTopic.Other;

    /// <summary>Samples of each new category both arms train on, when the contrast sits on that axis (null: all the step holds).</summary>
    public int? SamplesPerCategory { get; init; }
}

/// <summary>The parts of the study's question a contrast can answer.</summary>
public enum ContrastTopic
{
    /// <summary>Shared head against one-vs-all with the same new-category samples and the same stored samples.</summary>
    HeadVsOneVsAll,

    /// <summary>A variant of one-vs-all against another (calibration, refitting every model).</summary>
    OneVsAllVariant,

    /// <summary>How the head grows: the new output's initialisation, the optimizer's state.</summary>
    HeadGrowth,

    /// <summary>How stored samples are chosen or used (herding, iCaRL, BiC, distillation with replay).</summary>
    StoredSamples,

    /// <summary>Methods without stored samples (LwF, EWC) against plain fine-tuning.</summary>
    WithoutStoredSamples,

    /// <summary>Anything else (e.g. the optimizer's flavour).</summary>
    Other,
}
