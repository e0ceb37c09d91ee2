using System.Globalization;

namespace IncrementalStudy.Cli.Commands;

/// <summary>
/// "i/n": the i-th of n fixed, disjoint parts of an experiment's cases. Cases are dealt round-robin in strategy-major,
/// seed-minor order, so every shard gets a similar mix of strategies (dealing the seed-major case list would give each shard
/// whole strategies whenever n divides the number of strategies, and strategies differ a lot in cost).
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    public static bool TryParse(string text, out ShardSpec? shard, out string error)
    {
        shard = null;
        string[] parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            error = $"--shard '{text}' is not of the form i/n, e.g. 2/8.";
            return false;
        }
        if (count < 1 || index < 1 || index > count)
        {
            error = $"--shard {text}: need 1 ≤ i ≤ n and n ≥ 1.";
            return false;
        }
        shard = new ShardSpec(index, count);
        error = "";
        return true;
    }

    /// <summary>Whether the case at <paramref name="caseIndex"/> of ExperimentDefinition.Cases() (seed-major) belongs to this shard.</summary>
    public bool Includes(int caseIndex, int strategyCount, int seeds)
    {
        int seed = caseIndex / strategyCount, strategy = caseIndex % strategyCount;
        return (strategy * seeds + seed) % Count == Index - 1;
    }

    /// <summary>How many of the experiment's cases this shard runs.</summary>
    public int CaseCount(int strategyCount, int seeds) =>
        Enumerable.Range(0, strategyCount * seeds).Count(i => Includes(i, strategyCount, seeds));

    public string FolderSuffix => $".shard-{Index}-of-{Count}";

    public override string ToString() => $"{Index}/{Count}";
}
