using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;
using IncrementalStudy.Results;

namespace IncrementalStudy.Cli.Commands;

/// <summary>
/// How many of a folder's cases failed or are absent, from both records of case status: cases.csv and the manifest's
/// case_status. The manifest's case count says how many there must be, so a folder that lost cases cannot pass.
/// </summary>
public sealed record CaseTally(int Failed, int Missing)
{
    public static CaseTally Of(string directory, RunManifest manifest, IReadOnlyList<CaseStatusRecord> cases)
    {
        string casesPath = Path.Combine(directory, ArtifactNames.Cases), manifestPath = Path.Combine(directory, ArtifactNames.Manifest);
        foreach (CaseStatusRecord row in cases)
        {
            if (row.Experiment != manifest.Experiment)
                throw new ResultsFolderException($"{casesPath}: a row of experiment '{row.Experiment}', but the manifest's experiment is '{manifest.Experiment}'.");
            if (!manifest.Strategies.Contains(row.Strategy))
                throw new ResultsFolderException($"{casesPath}: strategy '{row.Strategy}' is not among the manifest's strategies.");
        }
        var known = new HashSet<string>(cases.Select(c => Key(c.Strategy, c.Seed)));
        var failed = new HashSet<string>(cases.Where(c => c.Status != RunManifest.Complete).Select(c => Key(c.Strategy, c.Seed)));
        int recorded = cases.Count;
        if (manifest.CaseStatus is { } statuses)
        {
            foreach ((string key, string status) in statuses)
            {
                if (!known.Contains(key))
                    throw new ResultsFolderException($"{manifestPath}: case_status names {key}, which {ArtifactNames.Cases} does not have.");
                if (status != RunManifest.Complete) failed.Add(key);
            }
            recorded = Math.Min(recorded, statuses.Count);
        }
        return new CaseTally(failed.Count, Math.Max(0, manifest.Cases - recorded));
    }

    private static string Key(string strategy, int seed) => $"{strategy}/seed-{seed}";
}
