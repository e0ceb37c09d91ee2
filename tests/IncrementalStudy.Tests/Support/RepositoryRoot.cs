namespace IncrementalStudy.Tests.Support;

internal static class RepositoryRoot
{
    /// <summary>The folder holding IncrementalStudy.sln, found above the test binaries.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory, "IncrementalStudy.sln"))) directory = System.IO.Path.GetDirectoryName(directory);
        return directory ?? throw new InvalidOperationException("IncrementalStudy.sln not found above the test binaries.");
    }
}
