using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Training;

namespace IncrementalStudy.Experiments.Definitions;

public sealed class HeadInitAblation : IExperiment
{
    public string Name => "head-init-ablation";

    public string Description =>
        "Split-digits with replay (20 per class): new-node init zero / random / imprint / masked, each with and without weight aligning, optimizer reset vs carry.";

    public ExperimentDefinition Define()
    {
        var replay = new Rehearsal.Replay(20, ReplaySelection.Random);
        StrategyDefinition[] strategies =
        [
            .. from init in new[] { HeadInit.Zero, HeadInit.Random, HeadInit.Imprint, HeadInit.Masked }
               from weightAligning in new[] { false, true }
               from handling in new[] { OptimizerHandling.Reset, OptimizerHandling.Carry }
               select StandardStrategies.SharedHead(
                   $"{init.ToString().ToLowerInvariant()}{(weightAligning ? "-wa" : "")}-{handling.ToString().ToLowerInvariant()}",
                   replay, init, handling, weightAligning),
        ];
        return SplitDigits.Base(Name, Description, strategies);
    }
}
