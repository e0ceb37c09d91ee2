namespace IncrementalStudy.Data.Sources;

/// <summary>
/// Where data sets that are not bundled (the full Fashion-MNIST) are looked for: a folder holding one sub-folder per data set,
/// as Debian's /usr/share/datasets does, or holding the files directly. Resolved once where the program starts and passed down.
/// </summary>
/// <param name="Folder">The folder to look in.</param>
/// <param name="Origin">Where the folder came from, for messages: the option, the environment variable or the default.</param>
public sealed record DataLocation(string Folder, string Origin)
{
    public const string DefaultFolder = "/usr/share/datasets";
    public const string OptionName = "--data-dir";
    public const string EnvironmentVariable = "INCSTUDY_DATA_DIR";

    /// <summary>Debian's folder for data set packages, used when neither the option nor the variable is given.</summary>
    public static DataLocation Default { get; } = new(DefaultFolder, "default location");

    /// <summary>The option wins over the environment variable, which wins over <see cref="DefaultFolder"/>; blank values count as unset.</summary>
    public static DataLocation Resolve(string? option, string? environmentValue) =>
        !string.IsNullOrWhiteSpace(option) ? new DataLocation(option, OptionName)
        : !string.IsNullOrWhiteSpace(environmentValue) ? new DataLocation(environmentValue, EnvironmentVariable)
        : Default;

    /// <summary>Folders that may hold a data set's files, in the order they are tried: FOLDER/dataset, then FOLDER itself.</summary>
    public IReadOnlyList<string> FoldersFor(string dataset) => [Path.Combine(Folder, dataset), Folder];

    public override string ToString() => $"{Folder} ({Origin})";
}
