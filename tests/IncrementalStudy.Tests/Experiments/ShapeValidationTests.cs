using IncrementalStudy.Data;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Models;
using IncrementalStudy.Tests.Support;
using IncrementalStudy.Validation;

namespace IncrementalStudy.Tests.Experiments;

public class ShapeValidationTests
{
    [Fact]
    public void Real_data_with_more_features_than_network_inputs_is_invalid()
    {
        ExperimentDefinition definition = new NarrowInputExperiment().Define(Budget.Smoke);

        ValidationError error = Assert.Single(DefinitionValidator.Validate(definition));

        Assert.Equal("Network.Inputs", error.Field);
        Assert.Contains("60", error.Problem);
        Assert.Contains("64 features", error.Problem);
    }

    [Fact]
    public void Gaussian_centres_with_another_dimension_than_network_inputs_are_invalid()
    {
        ExperimentDefinition valid = new SeedReplication().Define(Budget.Smoke);
        ExperimentDefinition broken = valid with { Network = ((NetworkSpec)valid.Network) with { Inputs = 3 } };

        ValidationError error = Assert.Single(DefinitionValidator.Validate(broken));

        Assert.Equal("Network.Inputs", error.Field);
        Assert.Contains("2 features", error.Problem);
    }

    [Fact]
    public void Seeds_above_the_maximum_are_invalid()
    {
        ExperimentDefinition tooMany = new ContinuityZeroNew().Define(Budget.Smoke) with { Seeds = DefinitionValidator.MaxSeeds + 1 };
        Assert.Equal("Seeds", Assert.Single(DefinitionValidator.Validate(tooMany)).Field);
        Assert.Empty(DefinitionValidator.Validate(tooMany with { Seeds = DefinitionValidator.MaxSeeds }));
    }
}
