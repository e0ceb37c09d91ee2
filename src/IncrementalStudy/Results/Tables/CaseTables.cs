using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncrementalStudy.Results.Tables;

/// <summary>
/// The rows one case produced, per output table. Stored cases keep each table as JSON until a typed reader asks for it,
/// so a table added by a strategy's own observer needs no registration to survive a resume or a merge.
/// </summary>
[JsonConverter(typeof(CaseTablesJsonConverter))]
public sealed class CaseTables
{
    private readonly Dictionary<string, object> _rows; // a List<TRecord>, or a JsonElement not yet read

    public CaseTables() : this(new Dictionary<string, object>(StringComparer.Ordinal)) { }

    internal CaseTables(Dictionary<string, object> rows) => _rows = rows;

    public static CaseTables Empty { get; } = new();

    /// <summary>The file names of the tables this case has rows in (or an empty list it was given).</summary>
    public IEnumerable<string> Names => _rows.Keys;

    /// <summary>Adds a row, in the order rows are written.</summary>
    public void Add<TRecord>(ResultTable<TRecord> table, TRecord record) => Rows(table).Add(record);

    /// <summary>The case's rows of a table (empty when it has none).</summary>
    public IReadOnlyList<TRecord> Get<TRecord>(ResultTable<TRecord> table) =>
        _rows.ContainsKey(table.FileName) ? Rows(table) : [];

    private List<TRecord> Rows<TRecord>(ResultTable<TRecord> table)
    {
        if (!_rows.TryGetValue(table.FileName, out object? rows))
        {
            var created = new List<TRecord>();
            _rows[table.FileName] = created;
            return created;
        }
        if (rows is List<TRecord> typed) return typed;
        if (rows is JsonElement json)
        {
            List<TRecord> read = json.Deserialize<List<TRecord>>(CaseTablesJsonConverter.Options) ?? [];
            _rows[table.FileName] = read;
            return read;
        }
        throw new InvalidOperationException($"Table {table.FileName} holds {rows.GetType().Name} rows, not {typeof(TRecord).Name}.");
    }

    internal IEnumerable<KeyValuePair<string, object>> Raw => _rows;
}
