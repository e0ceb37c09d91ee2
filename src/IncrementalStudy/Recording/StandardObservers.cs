using IncrementalStudy.Recording.Observers;

namespace IncrementalStudy.Recording;

/// <summary>The observers every case has; together they fill <see cref="Results.Tables.StandardTables.PerCase"/>.</summary>
internal static class StandardObservers
{
    public static IReadOnlyList<ICaseObserver> For(CaseContext context) =>
    [
        new EpochObserver(context),
        new StepObserver(context),
        new ExpansionObserver(),
        new AccuracyMatrixObserver(),
        new HeadObserver(),
        .. context.Plane is { } plane ? [new DecisionRegionObserver(plane)] : Array.Empty<ICaseObserver>(),
        new CostObserver(),
        new MemoryObserver(),
    ];
}
