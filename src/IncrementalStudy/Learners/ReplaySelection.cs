namespace IncrementalStudy.Learners;

public enum ReplaySelection
{
    /// <summary>Uniformly at random from the class's training samples.</summary>
    Random,

    /// <summary>iCaRL herding: greedily pick the samples whose running mean of normalised features stays closest to the class mean.</summary>
    Herding,
}
