namespace IncrementalStudy.Learners;

public enum OneVsAllArm
{
    /// <summary>Old binary models are never retrained; only the new category gets a model (the original description).</summary>
    Incremental,

    /// <summary>When a category arrives every binary model is trained afresh, with negatives from all present categories.</summary>
    RefitAll,
}
