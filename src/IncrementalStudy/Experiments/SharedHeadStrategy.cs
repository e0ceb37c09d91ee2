using IncrementalStudy.Learners;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Training;
using IncrementalStudy.Validation;

namespace IncrementalStudy.Experiments;

/// <summary>
/// A shared head assembled from policies (<see cref="SharedHeadOptions"/>): the expanding softmax head of the question and
/// every published shared-head learner of the study (<see cref="LwF"/>, <see cref="Ewc"/>, <see cref="Icarl"/>,
/// <see cref="Bic"/>, <see cref="BinaryHeads"/>) are compositions of it; a new combination (replay + EWC, LwF with herded
/// memory) is a <c>with</c> expression, not a new class.
/// </summary>
public sealed record SharedHeadStrategy(string Name, SharedHeadOptions Options, OptimizerSpec Optimizer) : StrategyDefinition(Name)
{
    public override IIncrementalLearner CreateLearner(LearnerContext context) => new SharedHeadLearner(context, Options, Optimizer);

    public override string Describe() => $"{Options.HeadKind}, {Options.Describe()}, {Optimizer}";

    public override IEnumerable<ValidationError> Validate(string field) => Options.Validate($"{field}.{nameof(Options)}");

    /// <summary>Learning without Forgetting (Li &amp; Hoiem 2016): new data only plus distillation; see <see cref="Regularizer.Lwf"/>.</summary>
    public static SharedHeadStrategy LwF(string name, OptimizerSpec optimizer, double lambda = 1, double temperature = 2, HeadInit init = HeadInit.Random) =>
        new(name, new SharedHeadOptions(init, OptimizerHandling.Reset, Rehearsal.Naive) { Regularizers = [new Regularizer.Lwf(lambda, temperature)] }, optimizer);

    /// <summary>Elastic Weight Consolidation (Kirkpatrick et al. 2017): new data only plus the penalty; see <see cref="Regularizer.Ewc"/>.</summary>
    public static SharedHeadStrategy Ewc(string name, OptimizerSpec optimizer, double lambda, HeadInit init = HeadInit.Random, int? fisherSamples = null) =>
        new(name, new SharedHeadOptions(init, OptimizerHandling.Reset, Rehearsal.Naive) { Regularizers = [new Regularizer.Ewc(lambda, fisherSamples)] }, optimizer);

    /// <summary>
    /// iCaRL (Rebuffi et al. 2017, CVPR): one sigmoid per category trained with binary cross-entropy, the old outputs' targets
    /// the previous model's (<see cref="Regularizer.SigmoidDistillation"/>), K herded exemplars in total re-balanced per class
    /// (<see cref="Rehearsal.FixedTotal"/>), and the nearest mean of exemplars (or, with <paramref name="nearestMean"/> false,
    /// the argmax of the sigmoid outputs, trained identically). Choices: random new outputs, optimizer reset per step, no augmentation.
    /// </summary>
    public static SharedHeadStrategy Icarl(string name, OptimizerSpec optimizer, int memorySize, bool nearestMean) =>
        new(name, new SharedHeadOptions(HeadInit.Random, OptimizerHandling.Reset, new Rehearsal.FixedTotal(memorySize, ReplaySelection.Herding))
        {
            Loss = LossKind.OneVsAllBinaryCrossEntropy,
            Regularizers = [new Regularizer.SigmoidDistillation()],
            Predictor = nearestMean ? new Predictor.NearestMeanOfExemplars() : new Predictor.ArgMax(),
        }, optimizer);

    /// <summary>
    /// BiC (Wu et al. 2019, CVPR): K stored samples (9/10 herded exemplars, 1/10 balanced validation,
    /// <see cref="Rehearsal.WithValidation"/>), stage-1 distillation (<see cref="Regularizer.BicDistillation"/>, T = 2) and the
    /// bias-corrected prediction (<see cref="Predictor.BiasCorrected"/>). Choices: random new outputs, optimizer reset per step.
    /// </summary>
    public static SharedHeadStrategy Bic(string name, OptimizerSpec optimizer, int memorySize) =>
        new(name, new SharedHeadOptions(HeadInit.Random, OptimizerHandling.Reset, new Rehearsal.WithValidation(memorySize))
        {
            Regularizers = [new Regularizer.BicDistillation()],
            Predictor = new Predictor.BiasCorrected(),
        }, optimizer);

    /// <summary>
    /// One network with binary heads: one sigmoid output per category on the shared body, binary cross-entropy on every
    /// sample, zero-initialised new outputs (the old outputs keep their scores at expansion), optimizer reset, and with
    /// <paramref name="replayPerClass"/> &gt; 0 the shared head's random replay buffer.
    /// </summary>
    public static SharedHeadStrategy BinaryHeads(string name, OptimizerSpec optimizer, int replayPerClass = 0) =>
        new(name, new SharedHeadOptions(HeadInit.Zero, OptimizerHandling.Reset,
            replayPerClass > 0 ? new Rehearsal.Replay(replayPerClass, ReplaySelection.Random) : Rehearsal.Naive)
        {
            Loss = LossKind.OneVsAllBinaryCrossEntropy,
        }, optimizer);
}
