using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;

namespace IncrementalStudy.Tests.Experiments;

/// <summary>Meta-tests over every shipped experiment.</summary>
public class CatalogTests
{
    private static readonly ExperimentCatalog Catalog = ExperimentsAssembly.Catalog();

    public static TheoryData<string> Names() => [.. Catalog.All.Select(e => e.Name)];

    [Fact]
    public void The_seed_study_experiments_are_found_by_reflection()
    {
        Assert.Contains("seed-replication", Catalog.All.Select(e => e.Name));
        Assert.Contains("continuity-zero-new", Catalog.All.Select(e => e.Name));
    }

    [Fact]
    public void Names_are_unique() =>
        Assert.Equal(Catalog.All.Count, Catalog.All.Select(e => e.Name).Distinct().Count());

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_experiment_has_a_description_and_a_valid_definition_named_like_itself(string name)
    {
        IExperiment experiment = Catalog.Find(name)!;
        Assert.False(string.IsNullOrWhiteSpace(experiment.Description));
        ExperimentDefinition definition = experiment.Define();
        Assert.Equal(name, definition.Name);
        Assert.Equal(experiment.Description, definition.Description);
        Assert.Empty(DefinitionValidator.Validate(definition));
    }

    [Fact]
    public void Seed_replication_has_the_strategies_the_study_names()
    {
        ExperimentDefinition definition = Catalog.Find("seed-replication")!.Define();
        Assert.Equal(["shared-head-keras2", "shared-head-tfkeras2", "shared-head-keras3", "ova-incremental-x200", "ova-refit-x200",
            "ova-incremental-stored-x200", "ova-incremental-x1000-5x-data", "ova-refit-x1000-5x-data"], definition.Strategies.Select(s => s.Name));
        Assert.Equal(20, definition.Seeds);
        Assert.Equal(160, definition.Cases().Count);
    }

    [Fact]
    public void Misspelled_names_get_suggestions()
    {
        Assert.Equal(["seed-replication"], Catalog.Suggest("seed-replicaton"));
        Assert.Contains("continuity-zero-new", Catalog.Suggest("continuity"));
        Assert.Empty(Catalog.Suggest("zzzzzzzzzzzz"));
    }
}
