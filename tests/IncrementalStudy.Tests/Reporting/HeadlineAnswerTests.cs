using IncrementalStudy.Reporting;
using IncrementalStudy.Reporting.Markdown;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Reporting;

/// <summary>The "Answer" paragraph that opens report.md, against hand-written summary and paired tables.</summary>
public class HeadlineAnswerTests
{
    private const string Experiment = "synthetic";

    private static SummaryRecord Summary(string strategy, string metric, double mean, double half) =>
        new(Experiment, strategy, metric, 5, mean, 0, 0, mean - half, mean + half);

    private static PairedRecord Paired(string metric, string a, string b, double mean, double low, double high) =>
        new(Experiment, metric, a, b, 5, mean, 0, 0, low, high);

    /// <summary>
    /// Strategies in the order a, c, b. test_accuracy_final: a 0.70, c 0.78, b 0.80 (± 0.01); paired.csv holds c − b (b is listed after c),
    /// so the answer must turn it round: b − c = +0.02 [+0.01, +0.03]. Cost: b takes 300 gradient steps, 2600 distinct samples and
    /// 50 ms, c 100, 10000 and 20.
    /// </summary>
    private static ResultsTables ThreeStrategies(string? declared)
    {
        ResultsTables tables = SyntheticTables.Build(strategies: ["a", "c", "b"]);
        const string acc = "test_accuracy_final";
        return tables.WithManifest(tables.Manifest with { HeadlineMetric = declared })
            .With(StandardTables.Summary,
            [
                Summary("a", acc, 0.70, 0.01), Summary("c", acc, 0.78, 0.01), Summary("b", acc, 0.80, 0.01),
                Summary("a", "gradient_steps", 100, 0), Summary("c", "gradient_steps", 100, 0), Summary("b", "gradient_steps", 300, 0),
                Summary("a", "train_ms", 20, 1), Summary("c", "train_ms", 20, 1), Summary("b", "train_ms", 50, 1),
                Summary("a", "distinct_samples", 10000, 0), Summary("c", "distinct_samples", 10000, 0), Summary("b", "distinct_samples", 2600, 0),
                Summary("a", "forgetting_max", 0.10, 0.01), Summary("c", "forgetting_max", 0.12, 0.01), Summary("b", "forgetting_max", 0.30, 0.01),
            ])
            .With(StandardTables.Paired,
            [
                Paired(acc, "a", "c", -0.08, -0.09, -0.07), Paired(acc, "a", "b", -0.10, -0.11, -0.09), Paired(acc, "c", "b", -0.02, -0.03, -0.01),
                Paired("forgetting_max", "a", "c", -0.02, -0.05, 0.01), Paired("forgetting_max", "a", "b", -0.20, -0.22, -0.18),
                Paired("forgetting_max", "c", "b", -0.18, -0.20, -0.16),
            ]);
    }

    [Fact]
    public void The_best_strategy_is_named_with_its_paired_lead_over_the_runner_up_and_its_cost()
    {
        string answer = HeadlineAnswer.Section(ThreeStrategies("test_accuracy_final"));

        Assert.StartsWith("## Answer\n\nOn `test_accuracy_final` (", answer);
        Assert.Contains("higher is better; the experiment's headline metric", answer);
        Assert.Contains("**b** is best with 0.800 ± 0.010 (mean ± 95% CI over 5 seeds)", answer);
        Assert.Contains("Against the runner-up c (0.780 ± 0.010) its paired difference on the same seeds is +0.020 [+0.010, +0.030] (n = 5), " +
                        "a difference the seeds resolve.", answer);
        Assert.Contains("Every other strategy is behind it by a paired difference the seeds resolve.", answer);
        Assert.Contains("Cost: 3.00× the gradient steps, 0.26× the distinct training samples and 2.50× the training time of c.", answer);
    }

    [Fact]
    public void A_lower_is_better_headline_picks_the_lowest_and_says_when_the_seeds_do_not_separate_it()
    {
        string answer = HeadlineAnswer.Section(ThreeStrategies("forgetting_max"));

        Assert.Contains("lower is better", answer);
        Assert.Contains("**a** is best with 0.100 ± 0.010", answer);
        Assert.Contains("Against the runner-up c (0.120 ± 0.010) its paired difference on the same seeds is −0.020 [−0.050, +0.010] (n = 5), " +
                        "an interval that includes 0: the seeds do not separate the two.", answer);
        Assert.Contains("Cost: 1.00× the gradient steps, 1.00× the distinct training samples and 1.00× the training time of c.", answer);
    }

    [Fact]
    public void Without_a_declared_headline_a_multi_step_folder_answers_on_A_T_and_a_two_step_one_on_final_accuracy()
    {
        ResultsTables tables = ThreeStrategies(declared: null); // the synthetic folder has three steps
        Assert.Equal("test_accuracy_final", HeadlineAnswer.Metric(tables)!.Id); // A_T is not in this summary
        ResultsTables withAt = tables.With(StandardTables.Summary, [.. tables.Summary, Summary("a", "average_accuracy_final", 0.9, 0.01)]);
        Assert.Equal("average_accuracy_final", HeadlineAnswer.Metric(withAt)!.Id);
        ResultsTables twoSteps = withAt.With(StandardTables.Steps, [.. withAt.Steps.Where(s => s.Phase <= 2)]);
        Assert.Equal("test_accuracy_final", HeadlineAnswer.Metric(twoSteps)!.Id);
        Assert.Contains("the headline metric for this kind of experiment", HeadlineAnswer.Section(tables));
    }

    [Fact]
    public void A_declared_metric_without_a_direction_falls_back_to_the_default()
    {
        ResultsTables tables = ThreeStrategies("flip_rate_at_expansion");
        Assert.Equal("test_accuracy_final", HeadlineAnswer.Metric(tables)!.Id);
    }

    [Fact]
    public void Report_opens_with_the_answer_before_the_definition_and_the_tables()
    {
        using var temp = new TempDirectory();
        ReportBuilder.Build(ThreeStrategies("test_accuracy_final"), temp.Path);
        string report = File.ReadAllText(temp[ArtifactNames.Report]);
        int answer = report.IndexOf("## Answer", StringComparison.Ordinal);
        Assert.True(answer > 0);
        Assert.True(answer < report.IndexOf("## Definition", StringComparison.Ordinal));
        Assert.True(answer < report.IndexOf("## Results", StringComparison.Ordinal));
    }

    [Fact]
    public void No_headline_metric_means_no_answer_section()
    {
        ResultsTables tables = ThreeStrategies(null);
        Assert.Equal("", HeadlineAnswer.Section(tables.With(StandardTables.Summary, [.. tables.Summary.Where(s => s.Metric != "test_accuracy_final")])));
    }
}
