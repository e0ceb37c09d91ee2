using System.Globalization;

namespace IncrementalStudy.Cli.Commands;

/// <summary>"i/n": run the cases whose index is i − 1 modulo n (a fixed, disjoint partition for i = 1 … n).</summary>
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

    public bool Includes(int caseIndex) => caseIndex % Count == Index - 1;

    public string FolderSuffix => $".shard-{Index}-of-{Count}";

    public override string ToString() => $"{Index}/{Count}";
}
