using System.Runtime.InteropServices;

namespace IncrementalStudy.Reporting.Provenance;

public sealed record MachineInfo(string Os, string Architecture, int LogicalCores, string Runtime)
{
    public static MachineInfo Current() =>
        new(RuntimeInformation.OSDescription, RuntimeInformation.OSArchitecture.ToString(), Environment.ProcessorCount, RuntimeInformation.FrameworkDescription);
}
