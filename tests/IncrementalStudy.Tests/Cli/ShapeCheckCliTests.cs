using IncrementalStudy.Experiments;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Cli;

public class ShapeCheckCliTests
{
    [Fact]
    public void A_network_narrower_than_the_data_is_refused_before_running()
    {
        using var temp = new TempDirectory();
        CliOutcome outcome = CliRunner.RunWith(new ExperimentCatalog([new NarrowInputExperiment()]),
            "run", "split-digits-60", "--budget", "smoke", "--seeds", "1", "--out", temp["out"]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Network.Inputs", outcome.Error);
        Assert.Contains("60", outcome.Error);
        Assert.Contains("64 features", outcome.Error);
        Assert.False(Directory.Exists(temp["out"]));
    }
}
