namespace IncrementalStudy.Data.Sources;

/// <summary>Loads once per instance; the data is immutable, so cases share it.</summary>
internal sealed class CachedSource(string name, Func<SourceData> load) : IDatasetSource
{
    private readonly Lazy<SourceData> _data = new(load, LazyThreadSafetyMode.ExecutionAndPublication);

    public string Name => name;

    public SourceData Load() => _data.Value;
}
