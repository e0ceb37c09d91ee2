using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Definitions;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;

namespace IncrementalStudy.Tests.EndToEnd;

/// <summary>Split-digits at its smoke budget (2 seeds, 5 epochs per step), four strategies, run once for the structural tests below.</summary>
public sealed class SmallSplitDigits
{
    public SmallSplitDigits()
    {
        ExperimentDefinition smoke = new SplitDigits().Define(Budget.Smoke);
        string[] keep = ["naive", "replay", "joint", "ova-incremental"];
        Definition = smoke with
        {
            Strategies = [.. smoke.Strategies.Where(s => keep.Contains(s.Name))],
            Contrasts = [], // they name the strategies left out
            References = [.. smoke.References.Where(keep.Contains)],
        };
        Result = ExperimentRunner.Run(Definition, threads: 2);
    }

    public ExperimentDefinition Definition { get; }
    internal ExperimentResult Result { get; }

    public double Mean(string strategy, string metric) => Result.Summary.Single(s => s.Strategy == strategy && s.Metric == metric).Mean;
}

/// <summary>Known structural results of class-incremental learning (T = 5 steps of 2 digits).</summary>
public class ClassIncrementalStructureTests(SmallSplitDigits run) : IClassFixture<SmallSplitDigits>
{
    [Fact]
    public void Naive_fine_tuning_forgets_everything_old_and_averages_about_one_over_T()
    {
        Assert.InRange(run.Mean("naive", "old_accuracy_final"), 0, 0.05);
        Assert.InRange(run.Mean("naive", "average_accuracy_final"), 0.15, 0.25); // 1/T = 0.2: only the last step's classes survive
        Assert.InRange(run.Mean("naive", "newest_class_attraction_final"), 0.95, 1);
        Assert.InRange(run.Mean("naive", "forgetting_max"), 0.9, 1);
    }

    /// <summary>confusion.csv is sparse: no zero cells, and each true class's cells still add up to its test points.</summary>
    [Fact]
    public void Confusion_cells_are_nonzero_and_sum_to_each_class_test_points()
    {
        foreach (CaseResult result in run.Result.Cases)
        {
            Assert.All(result.Tables.Get(StandardTables.Confusion), c => Assert.True(c.Count > 0));
            foreach (PerClassRecord perClass in result.Tables.Get(StandardTables.PerClass))
                Assert.Equal((long)perClass.TestPoints,
                    result.Tables.Get(StandardTables.Confusion).Where(c => c.Phase == perClass.Phase && c.TrueClass == perClass.Class).Sum(c => c.Count));
        }
    }

    [Fact]
    public void Joint_training_reaches_at_least_0_9()
    {
        Assert.True(run.Mean("joint", "average_accuracy_final") >= 0.9, $"joint {run.Mean("joint", "average_accuracy_final")}");
    }

    [Fact]
    public void Replay_lies_between_naive_and_joint()
    {
        double naive = run.Mean("naive", "average_accuracy_final"), replay = run.Mean("replay", "average_accuracy_final"), joint = run.Mean("joint", "average_accuracy_final");
        Assert.True(naive < replay && replay < joint + 0.01, $"naive {naive}, replay {replay}, joint {joint}");
    }

    [Fact]
    public void One_vs_all_incremental_barely_forgets()
    {
        // Old binary models are never retrained, so only the argmax competition with new models can cost old classes.
        Assert.InRange(run.Mean("ova-incremental", "forgetting_max"), 0, 0.05);
        Assert.InRange(run.Mean("ova-incremental", "newest_class_attraction_final"), 0, 0.05);
    }

    [Fact]
    public void Accuracy_matrix_rows_give_the_summary_metrics()
    {
        CaseResult naive = run.Result.Cases.First(c => c.Strategy == "naive");
        double lastRow = naive.Tables.Get(StandardTables.AccuracyMatrix).Where(r => r.AfterStep == 5).Average(r => r.Accuracy);
        Assert.Equal(lastRow, naive.Metrics.Single(m => m.Metric == "average_accuracy_final").Value, 12);
        // Average incremental accuracy is the mean of the accuracies on all classes seen (steps.csv's test_accuracy).
        Assert.Equal(naive.Tables.Get(StandardTables.Steps).Average(s => s.TestAccuracy),
            naive.Metrics.Single(m => m.Metric == "average_incremental_accuracy").Value, 12);
        Assert.DoesNotContain(naive.Metrics, m => m.Metric == "fwt"); // identically 0 in class-incremental steps, so not reported
    }
}
