using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace IncrementalStudy.Cli.Commands;

/// <summary>
/// Values written into #SBATCH lines. sbatch reads those lines itself (no shell), so a value cannot be quoted: anything
/// that would be split, misread or end the line is refused at generation time rather than failing on the cluster.
/// </summary>
public static partial class SbatchValues
{
    [GeneratedRegex(@"^([0-9]+-)?[0-9]+(:[0-9]+){0,2}$|^(?i:unlimited|infinite)$")]
    private static partial Regex TimeFormat();

    [GeneratedRegex(@"^[0-9]+(?i:[KMGT])?$")]
    private static partial Regex MemoryFormat();

    [GeneratedRegex(@"^[A-Za-z0-9_.+-]+(,[A-Za-z0-9_.+-]+)*$")]
    private static partial Regex NameListFormat();

    /// <summary>Slurm's time formats: minutes, m:s, h:m:s, d-h, d-h:m, d-h:m:s, or unlimited.</summary>
    public static string? Time(ArgumentResult result) => Check(result, "--time", TimeFormat(), "a Slurm time such as 90, 12:00:00 or 2-00:00:00");

    /// <summary>Memory per node: a whole number with an optional K, M, G or T unit.</summary>
    public static string? Memory(ArgumentResult result) => Check(result, "--mem", MemoryFormat(), "an amount such as 4000M or 8G");

    /// <summary>A partition or account name (or a comma-separated list of partitions).</summary>
    public static string? Name(ArgumentResult result, string option) => Check(result, option, NameListFormat(), "a name such as debug (letters, digits, _ . + -)");

    /// <summary>One extra directive, e.g. "--qos=long" (a leading "#SBATCH " is accepted and dropped).</summary>
    public static string[] Extra(ArgumentResult result)
    {
        var lines = new List<string>();
        foreach (Token token in result.Tokens)
        {
            string line = token.Value.Trim();
            if (line.StartsWith("#SBATCH", StringComparison.Ordinal)) line = line["#SBATCH".Length..].TrimStart();
            if (line.Any(char.IsControl) || !line.StartsWith('-') || line.Length < 2)
                result.AddError($"--sbatch '{token.Value}' is not one sbatch option such as --qos=long (one line, starting with -).");
            else lines.Add(line);
        }
        return [.. lines];
    }

    /// <summary>Why a folder cannot appear in an #SBATCH line (it holds a character sbatch would split or expand), or null.</summary>
    public static string? WhyNotInDirective(string path)
    {
        char bad = path.FirstOrDefault(c => !(char.IsLetterOrDigit(c) || "/._-+,=@~:".Contains(c)));
        return bad == default ? null
            : $"contains {(char.IsWhiteSpace(bad) ? "a space" : $"'{bad}'")}, which an #SBATCH --output line cannot carry " +
              "(sbatch splits and expands it); choose a folder whose path has only letters, digits and / . _ - + , = @ ~ :";
    }

    private static string? Check(ArgumentResult result, string option, Regex format, string expected)
    {
        if (result.Tokens.Count == 0) return null;
        string text = result.Tokens[^1].Value;
        if (!format.IsMatch(text)) result.AddError($"{option} '{text}' is not {expected}.");
        return text;
    }
}
