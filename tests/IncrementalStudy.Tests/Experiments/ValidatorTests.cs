using IncrementalStudy.Data;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Learners;
using IncrementalStudy.Training;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Tests.Experiments;

public class ValidatorTests
{
    [Fact]
    public void Every_error_is_returned_at_once_with_a_hint()
    {
        ExperimentDefinition valid = new SeedReplication().Define();
        ExperimentDefinition broken = valid with
        {
            Name = "Seed Replication",
            Seeds = 0,
            Fit = new FitSettings(0, 0),
            Scenario = ((GaussianScenario)valid.Scenario) with { TrainSizes = [[1000, -5], [200]], TestPerCategory = 0 },
            Strategies = [.. valid.Strategies, new OneVsAllStrategy("ova-incremental-x200", OneVsAllArm.Incremental, 0, OptimizerSpec.NadamKeras2)],
        };

        IReadOnlyList<ValidationError> errors = DefinitionValidator.Validate(broken);

        string[] fields = [.. errors.Select(e => e.Field)];
        Assert.Contains("Name", fields);
        Assert.Contains("Seeds", fields);
        Assert.Contains("Fit.Epochs", fields);
        Assert.Contains("Fit.BatchSize", fields);
        Assert.Contains("Scenario.TrainSizes[0]", fields);
        Assert.Contains("Scenario.TrainSizes[1]", fields); // fewer categories than phase 1
        Assert.Contains("Scenario.TestPerCategory", fields);
        Assert.Contains("Strategies", fields); // duplicate name
        Assert.Contains($"Strategies[{valid.Strategies.Count}].SamplesPerModel", fields);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Hint)));
    }

    [Fact]
    public void Runner_refuses_an_invalid_definition()
    {
        ExperimentDefinition broken = new ContinuityZeroNew().Define() with { Seeds = 0 };
        Assert.Throws<InvalidOperationException>(() => ExperimentRunner.Run(broken, threads: 1));
    }
}
