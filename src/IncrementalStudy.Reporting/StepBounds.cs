using IncrementalStudy.Results;

namespace IncrementalStudy.Reporting;

/// <summary>
/// Step indices bounded by the data: figures size arrays by the largest step, so one corrupt index (after_step 100000)
/// must be an input error, not an out-of-memory crash.
/// </summary>
internal static class StepBounds
{
    public static void Validate(string directory, ResultsTables tables)
    {
        // steps.csv records one row per phase, so its phases must be 1..(number of distinct phases).
        int phases = tables.Steps.Select(s => s.Phase).Distinct().Count();
        foreach (StepRecord step in tables.Steps)
            if (step.Phase < 1 || step.Phase > phases)
                throw Outside(directory, ArtifactNames.Steps, "phase", step.Phase, phases, step.Strategy, step.Seed);
        foreach (AccuracyMatrixRecord row in tables.AccuracyMatrix)
        {
            if (row.AfterStep < 1 || row.AfterStep > phases)
                throw Outside(directory, ArtifactNames.AccuracyMatrix, "after_step", row.AfterStep, phases, row.Strategy, row.Seed);
            if (row.OnStep < 1 || row.OnStep > phases)
                throw Outside(directory, ArtifactNames.AccuracyMatrix, "on_step", row.OnStep, phases, row.Strategy, row.Seed);
        }
    }

    private static ResultsFolderException Outside(string directory, string file, string field, int value, int phases, string strategy, int seed) =>
        new($"{Path.Combine(directory, file)}: {field} {value} ({strategy}, seed {seed}) is outside 1..{phases}, the phases steps.csv records.");
}
