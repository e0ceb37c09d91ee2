using System.Globalization;
using System.Text.RegularExpressions;
using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Provenance;

namespace IncrementalStudy.Cli.Commands;

/// <summary>
/// Finds the shard folders given to 'merge' that do not exist yet: an interrupted shard still lives in its work folder
/// (OUT/.NAME.shard-i-of-n.incomplete), a shard that never started has neither. Says which, and the command that finishes them.
/// </summary>
internal static partial class UnfinishedShards
{
    [GeneratedRegex(@"^(?<name>.+)\.shard-(?<i>[0-9]+)-of-(?<n>[0-9]+)$")]
    private static partial Regex ShardName();

    /// <summary>A message listing every unfinished shard with its resume command, or null when every shard folder has a manifest.</summary>
    public static string? Describe(IReadOnlyList<string> shardFolders)
    {
        var lines = new List<string>();
        var commands = new List<string>();
        // Budget and seeds are the same for all shards of one run; take them from any manifest there is.
        RunManifest? known = shardFolders.Select(f => ToolFolders.ReadOrNull(Path.Combine(f, ArtifactNames.Manifest)))
            .Concat(shardFolders.Select(f => ToolFolders.ReadOrNull(Path.Combine(WorkFolder(f), ArtifactNames.Manifest)))).FirstOrDefault(m => m is not null);
        foreach (string folder in shardFolders)
        {
            if (File.Exists(Path.Combine(folder, ArtifactNames.Manifest))) continue;
            string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
            Match match = ShardName().Match(Path.GetFileName(full));
            string work = WorkFolder(folder);
            RunManifest? partial = ToolFolders.ReadOrNull(Path.Combine(work, ArtifactNames.Manifest));
            if (partial is null && (Directory.Exists(folder) || !match.Success)) continue; // not a shard incstudy left unfinished
            string experiment = partial?.Experiment ?? match.Groups["name"].Value;
            string spec = partial?.Shard ?? $"{match.Groups["i"].Value}/{match.Groups["n"].Value}";
            if (partial is not null && ShardSpec.TryParse(spec, out ShardSpec? shard, out _))
            {
                // Count the saved cases: a killed run (SIGKILL, node failure) never updated its manifest.
                string cases = Path.Combine(work, ArtifactNames.CaseFolder);
                int finished = Directory.Exists(cases) ? Directory.GetFiles(cases, "*.json").Length : 0;
                int total = shard!.CaseCount(partial.Strategies.Count, partial.Seeds);
                lines.Add($"  {folder}: unfinished, {finished.ToString(CultureInfo.InvariantCulture)} of {total.ToString(CultureInfo.InvariantCulture)} " +
                          $"cases done (status {partial.Status}, in {work})");
            }
            else lines.Add($"  {folder}: not started (no {work} either)");
            RunManifest? source = partial ?? known;
            string options = source is null ? "" : $" --budget {source.Budget} --seeds {source.Seeds.ToString(CultureInfo.InvariantCulture)}";
            string outRoot = Path.GetDirectoryName(full) ?? ".";
            commands.Add($"  incstudy run {experiment}{options} --shard {spec} --out {ShellWords.Word(outRoot)} --resume");
        }
        if (lines.Count == 0) return null;
        return $"{lines.Count} of {shardFolders.Count} shards are unfinished, so nothing was merged:{Environment.NewLine}" +
               string.Join(Environment.NewLine, lines) + $"{Environment.NewLine}Finish them (add --data-dir if the run had it), then merge again:" +
               Environment.NewLine + string.Join(Environment.NewLine, commands);
    }

    private static string WorkFolder(string shardFolder)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(shardFolder));
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + ".incomplete");
    }
}
