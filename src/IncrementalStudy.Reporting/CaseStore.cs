using System.Text.Json;
using System.Text.Json.Serialization;
using IncrementalStudy.Results;

namespace IncrementalStudy.Reporting;

/// <summary>
/// Finished cases persisted one file each (cases/&lt;index&gt;.json) as they complete, so an interrupted run, a resumed run and
/// a shard can be assembled later into exactly the records a single run produces (doubles round-trip exactly).
/// </summary>
internal sealed class CaseStore(string folder)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(), // also in apps without reflection-based JSON
    };

    public string Folder { get; } = folder;

    public void Save(int index, CaseResult result)
    {
        Directory.CreateDirectory(Folder);
        string path = Path.Combine(Folder, $"{index}.json"), temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(result, Options));
        File.Move(temporary, path, overwrite: true);
    }

    public SortedDictionary<int, CaseResult> LoadAll()
    {
        var cases = new SortedDictionary<int, CaseResult>();
        if (!Directory.Exists(Folder)) return cases;
        foreach (string path in Directory.GetFiles(Folder, "*.json"))
        {
            if (!int.TryParse(Path.GetFileNameWithoutExtension(path), out int index)) continue;
            try
            {
                cases[index] = JsonSerializer.Deserialize<CaseResult>(File.ReadAllText(path), Options)
                    ?? throw new ResultsFolderException($"{path} is empty.");
            }
            catch (JsonException e)
            {
                throw new ResultsFolderException($"{path} cannot be read ({e.Message}); delete it to run that case again.");
            }
        }
        return cases;
    }
}
