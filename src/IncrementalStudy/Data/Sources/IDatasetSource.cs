namespace IncrementalStudy.Data.Sources;

/// <summary>A real data set: either one pool that the scenario splits per seed, or a fixed train/test split.</summary>
public interface IDatasetSource
{
    string Name { get; }

    /// <summary>Loads (and caches) the data; throws <see cref="Loading.DataFormatException"/> or <see cref="DatasetUnavailableException"/>.</summary>
    SourceData Load();

    /// <summary>The same data set read from <paramref name="location"/>; bundled sets ignore it.</summary>
    IDatasetSource LocatedIn(DataLocation location) => this;
}
