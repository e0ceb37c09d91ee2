#:project ../../src/IncrementalStudy.Running
// An experiment in one C# file, outside the experiments project: `dotnet run -c Release my-study.cs -- OUT [SEEDS]` writes OUT/my-study
// (CSV tables, manifest.json, figures, report.md, checks.csv), the same folder `incstudy run` writes for a built-in
// experiment. Copy this file anywhere and point the #:project line above at src/IncrementalStudy.Running of a clone.
using IncrementalStudy.Data;
using IncrementalStudy.Experiments;
using IncrementalStudy.Experiments.Expectations;
using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Running;
using IncrementalStudy.Training;

string outRoot = args.Length > 0 ? args[0] : "my-results";
int seeds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;

// Three Gaussian categories in the plane; the third arrives in phase 2 with as many points as the old ones.
var scenario = new GaussianScenario([[0, 0], [0, 2], [2, 0]], [[500, 500], [100, 100, 100]], TestPerCategory: 500);
var definition = new ExperimentDefinition(
    "my-study",
    "A third category arrives: grow a shared softmax head, or train one more one-vs-all model?",
    scenario,
    NetworkSpec.SeedScenario,
    FitSettings.SeedScenario,
    seeds,
    [
        new SharedHeadStrategy("shared-head", new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Reset, Rehearsal.Naive), OptimizerSpec.NadamKeras2),
        new OneVsAllStrategy("ova-incremental", OneVsAllArm.Incremental, 500, OptimizerSpec.NadamKeras2),
    ])
{
    Expectations = [new MetricBound("shared-head", "test_accuracy_after_phase_1", AtLeast: 0.75)],
};

StudyOutcome outcome = Study.Run(definition, outRoot, commandLine: "dotnet run my-study.cs -- " + string.Join(' ', args));
Console.WriteLine($"wrote {outcome.Folder}; {outcome.Checks.Count(c => c.Verdict == "pass")} of {outcome.Checks.Count} expectations hold");
return outcome.AllHold ? 0 : 1;
