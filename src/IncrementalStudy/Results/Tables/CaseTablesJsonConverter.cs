using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncrementalStudy.Results.Tables;

/// <summary>{"epochs.csv": [...], ...}: each table's rows as a JSON array, read back lazily by <see cref="CaseTables.Get"/>.</summary>
internal sealed class CaseTablesJsonConverter : JsonConverter<CaseTables>
{
    /// <summary>NaN and infinities occur in records (e.g. recall of a class without test points); doubles round-trip exactly.</summary>
    internal static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(), // also in apps without reflection-based JSON
    };

    public override CaseTables Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Object) throw new JsonException("a case's tables must be a JSON object");
        var rows = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (JsonProperty table in document.RootElement.EnumerateObject())
        {
            if (table.Value.ValueKind != JsonValueKind.Array) throw new JsonException($"table {table.Name} must be a JSON array");
            rows[table.Name] = table.Value.Clone();
        }
        return new CaseTables(rows);
    }

    public override void Write(Utf8JsonWriter writer, CaseTables value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach ((string name, object rows) in value.Raw)
        {
            writer.WritePropertyName(name);
            if (rows is JsonElement json) json.WriteTo(writer);
            else JsonSerializer.Serialize(writer, rows, rows.GetType(), Options);
        }
        writer.WriteEndObject();
    }
}
