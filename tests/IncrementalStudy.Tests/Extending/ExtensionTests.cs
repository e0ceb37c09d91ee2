using IncrementalStudy.Data;
using IncrementalStudy.Experiments;
using IncrementalStudy.Models;
using IncrementalStudy.Reporting;
using IncrementalStudy.Results;
using IncrementalStudy.Results.Tables;
using IncrementalStudy.Running;
using IncrementalStudy.Tests.Support;
using IncrementalStudy.Training;

namespace IncrementalStudy.Tests.Extending;

/// <summary>A strategy, a metric and an output table defined outside the core assembly run end to end through the library API.</summary>
public class ExtensionTests
{
    [Fact]
    public void A_strategy_from_outside_the_core_brings_its_own_table_and_metric_into_the_results_folder()
    {
        using var temp = new TempDirectory();
        var definition = new ExperimentDefinition("extension-check", "A strategy defined in the test project.",
            new GaussianScenario([[0, 0], [0, 2], [2, 0]], [[60, 60], [20, 20, 20]], TestPerCategory: 50),
            NetworkSpec.SeedScenario, new FitSettings(2, 32), Seeds: 2, [new HeadBiasStrategy("bias-recorder")]);

        StudyOutcome outcome = Study.Run(definition, temp.Path, threads: 2);

        Assert.True(outcome.AllHold);
        IReadOnlyList<HeadBiasRecord> rows = TableReader.Read(outcome.Folder, HeadBiasStrategy.Table);
        Assert.Equal(2 * 2, rows.Count); // 2 seeds × 2 phases
        IReadOnlyList<SummaryRecord> summary = TableReader.Read(outcome.Folder, StandardTables.Summary);
        SummaryRecord biasSum = Assert.Single(summary, s => s.Metric == HeadBiasStrategy.BiasSumFinal.Id);
        Assert.Equal(rows.Where(r => r.Phase == 2).Average(r => r.BiasSum), biasSum.Mean, 12);
        // The strategy's metric comes after the registry's, so the standard part of every file keeps its order.
        Assert.Equal(HeadBiasStrategy.BiasSumFinal.Id, TableReader.Read(outcome.Folder, StandardTables.Metrics).Last().Metric);
        Assert.True(File.Exists(Path.Combine(outcome.Folder, ArtifactNames.Report)));
    }

    [Fact]
    public void The_library_run_writes_the_same_tables_as_the_command_line()
    {
        using var temp = new TempDirectory();
        ExperimentDefinition definition = IncrementalStudy.Experiments.Definitions.ExperimentsAssembly.Catalog().Find("continuity-zero-new")!.Define(Budget.Smoke);
        Study.Run(definition, temp["library"], threads: 1);
        Assert.Equal(0, CliRunner.Run("run", "continuity-zero-new", "--budget", "smoke", "--threads", "2", "--out", temp["cli"]).ExitCode);
        foreach (string file in ArtifactNames.CsvFiles)
            Assert.True(CsvComparison.WithoutTiming(temp[$"library/continuity-zero-new/{file}"]) == CsvComparison.WithoutTiming(temp[$"cli/continuity-zero-new/{file}"]),
                $"{file} differs");
    }
}
