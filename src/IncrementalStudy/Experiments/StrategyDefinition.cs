using IncrementalStudy.Learners;

namespace IncrementalStudy.Experiments;

/// <summary>A named way to absorb new categories.</summary>
public abstract record StrategyDefinition(string Name)
{
    public abstract IIncrementalLearner CreateLearner(LearnerContext context);

    public abstract string Describe();

    /// <summary>Problems with this strategy's own settings (field names relative to the strategy).</summary>
    public virtual IEnumerable<ValidationError> Validate(string field) => [];
}
