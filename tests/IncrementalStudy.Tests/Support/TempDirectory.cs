namespace IncrementalStudy.Tests.Support;

internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "incstudy-tests-" + Guid.NewGuid().ToString("N"));

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
