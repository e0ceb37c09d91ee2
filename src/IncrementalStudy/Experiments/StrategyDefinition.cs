using IncrementalStudy.Learners;
using IncrementalStudy.Recording;
using IncrementalStudy.Results.Tables;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Experiments;

/// <summary>A named way to absorb new categories.</summary>
public abstract record StrategyDefinition(string Name)
{
    public abstract IIncrementalLearner CreateLearner(LearnerContext context);

    public abstract string Describe();

    /// <summary>
    /// Observers this strategy adds to the standard ones for each case (e.g. to record what its learner does), and the
    /// tables they fill (<see cref="Tables"/>), so results folders get those files.
    /// </summary>
    public virtual IEnumerable<ICaseObserver> CreateObservers(CaseContext context, IIncrementalLearner learner) => [];

    /// <summary>The extra per-case tables this strategy's observers fill.</summary>
    public virtual IEnumerable<IResultTable> Tables => [];

    /// <summary>Problems with this strategy's own settings (field names relative to the strategy).</summary>
    public virtual IEnumerable<ValidationError> Validate(string field) => [];
}
