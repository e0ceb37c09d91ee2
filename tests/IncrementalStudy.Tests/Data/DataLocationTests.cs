using IncrementalStudy.Data.Sources;

namespace IncrementalStudy.Tests.Data;

public class DataLocationTests
{
    [Theory]
    [InlineData("/opt/option", "/opt/variable", "/opt/option", "--data-dir")]
    [InlineData(null, "/opt/variable", "/opt/variable", "INCSTUDY_DATA_DIR")]
    [InlineData(null, " ", "/usr/share/datasets", "default location")]
    [InlineData(null, null, "/usr/share/datasets", "default location")]
    public void Option_wins_over_the_variable_which_wins_over_the_debian_folder(string? option, string? variable, string folder, string origin) =>
        Assert.Equal(new DataLocation(folder, origin), DataLocation.Resolve(option, variable));
}
