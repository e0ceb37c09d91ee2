using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Learners;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Experiments;

/// <summary>--set: a typed change of one field, as a <c>with</c> expression would make it, recorded in the hash and the folder name.</summary>
public class DefinitionOverrideTests
{
    private static readonly ExperimentDefinition Digits = new SplitDigits().Define(Budget.Smoke);

    [Fact]
    public void A_nested_field_by_its_own_name_sets_it_and_changes_hash_and_folder_but_not_the_name()
    {
        ExperimentDefinition changed = DefinitionOverrides.Apply(Digits, "epochs=7");
        Assert.Equal(["epochs=7"], changed.Overrides);
        Assert.Equal(Digits with { Fit = Digits.Fit with { Epochs = 7 }, Overrides = changed.Overrides }, changed);
        Assert.Equal(Digits.Name, changed.Name);
        Assert.Equal("split-digits+epochs-7", changed.FolderName);
        Assert.NotEqual(Digits.Hash(), changed.Hash());
        Assert.Contains("overrides: epochs=7", changed.Summary());
        // The same value as the definition's own still records the override (and so a folder and hash of its own).
        Assert.NotEqual(Digits.Hash(), DefinitionOverrides.Apply(Digits, $"Fit.Epochs={Digits.Fit.Epochs}").Hash());
    }

    [Fact]
    public void A_strategy_field_is_set_on_that_strategy_only_and_star_sets_every_strategy_that_has_it()
    {
        ExperimentDefinition replay = DefinitionOverrides.Apply(Digits, "replay.Options.Rehearsal.PerClass=5");
        var changed = (SharedHeadStrategy)replay.Strategies.Single(s => s.Name == "replay");
        Assert.Equal(new Rehearsal.Replay(5, ReplaySelection.Random), changed.Options.Rehearsal);
        Assert.Equal(Digits.Strategies.Where(s => s.Name != "replay"), replay.Strategies.Where(s => s.Name != "replay"));

        ExperimentDefinition everyRate = DefinitionOverrides.Apply(Digits, "*.Optimizer.LearningRate=0.01");
        Assert.All(everyRate.Strategies, s => Assert.Equal(0.01, ((dynamic)s).Optimizer.LearningRate));

        ExperimentDefinition everyBuffer = DefinitionOverrides.Apply(Digits, "*.Options.Rehearsal.PerClass=3");
        Assert.Equal(["replay", "replay-herding"], everyBuffer.Strategies.Where(s => !Digits.Strategies.Contains(s)).Select(s => s.Name));
    }

    [Fact]
    public void A_list_element_is_set_by_its_index_and_tied_fields_of_a_sweep_axis_take_one_value()
    {
        ExperimentDefinition controlled = new ControlledDigits().Define(Budget.Smoke);
        ExperimentDefinition ewc = DefinitionOverrides.Apply(controlled, "ewc.Options.Regularizers[0].Lambda=1000");
        Assert.Equal(new Regularizer.Ewc(1000), ((SharedHeadStrategy)ewc.Strategies.Single(s => s.Name == "ewc")).Options.Regularizers[0]);
        Assert.Equal("controlled-digits+ewc.options.regularizers0.lambda-1000", ewc.FolderName);
        var error = Assert.Throws<ArgumentException>(() => DefinitionOverrides.Apply(controlled, "ewc.Options.Regularizers[1].Lambda=1"));
        Assert.Contains("Regularizers has 1 element(s)", error.Message);
        Assert.Equal(["*.Options.Rehearsal.Capacity=50", "*.MemorySize=50"],
            new IncrementalStudy.Running.SweepAxis("*.Options.Rehearsal.Capacity|*.MemorySize", ["50"]).Assignments("50"));
    }

    [Fact]
    public void Enums_and_nullables_parse_by_name_and_null()
    {
        ExperimentDefinition zero = DefinitionOverrides.Apply(Digits, "naive.Options.Init=ZERO");
        Assert.Equal(IncrementalStudy.Models.HeadInit.Zero, ((SharedHeadStrategy)zero.Strategies[0]).Options.Init);
        ExperimentDefinition keras = DefinitionOverrides.Apply(Digits, "naive.Optimizer.Kind=nadam-keras2");
        Assert.Equal(OptimizerKind.NadamKeras2, ((SharedHeadStrategy)keras.Strategies[0]).Optimizer.Kind);
        ExperimentDefinition defaultRate = DefinitionOverrides.Apply(Digits, "naive.Optimizer.LearningRate=null");
        Assert.Null(((SharedHeadStrategy)defaultRate.Strategies[0]).Optimizer.LearningRate);
    }

    [Theory]
    [InlineData("Description.Length=3", "Description is a value, not a record with fields")]
    [InlineData("Strategies=x", "is a IReadOnlyList`1, which cannot be given on the command line")]
    [InlineData("replay=3", "names a strategy; add the field")]
    [InlineData("seeds=1e3", "'1e3' is not a whole number")]
    [InlineData("replay.Optimizer.LearningRate=NaN", "'NaN' is not a finite number")]
    public void Unusable_fields_and_values_are_refused_naming_them(string assignment, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => DefinitionOverrides.Apply(Digits, assignment));
        Assert.Contains(message, error.Message);
    }
}
