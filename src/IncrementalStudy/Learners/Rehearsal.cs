using IncrementalStudy.Data;
using IncrementalStudy.Models;
using IncrementalStudy.Numerics;
using IncrementalStudy.Validation;

namespace IncrementalStudy.Learners;

/// <summary>
/// Which samples join a shared head's fit besides the step's new data, and what it stores for later steps. A definition
/// (immutable, part of the definition hash through <see cref="Describe"/>); <see cref="Start"/> makes its per-case state.
/// New rehearsals are new subclasses: the learner only sees <see cref="ISampleMemory"/>.
/// </summary>
public abstract record Rehearsal
{
    /// <summary>The per-case state: the stored samples, empty at the start.</summary>
    public abstract ISampleMemory Start(LearnerContext context);

    public abstract string Describe();

    /// <summary>Problems with this rehearsal's settings (<paramref name="field"/> names it in the definition).</summary>
    public virtual IEnumerable<ValidationError> Validate(string field) => [];

    /// <summary>The step's data only ("naive" fine-tuning; the seed study's setting). Stores nothing.</summary>
    public sealed record NewDataOnly : Rehearsal
    {
        public override ISampleMemory Start(LearnerContext context) => new NothingStored();

        public override string Describe() => "new data only";
    }

    /// <summary>
    /// <paramref name="PerClass"/> stored samples of each class, kept for every later step (the memory grows by
    /// PerClass per class: a fixed-per-class schedule), chosen by <paramref name="Selection"/> after the class's step.
    /// </summary>
    public sealed record Replay(int PerClass, ReplaySelection Selection) : Rehearsal
    {
        public override ISampleMemory Start(LearnerContext context) =>
            new ExemplarSets(new ExemplarMemory(new ExemplarSchedule.Fixed(PerClass)), Selection, context);

        public override string Describe() => $"replay {PerClass} per class ({Selection.ToString().ToLowerInvariant()})";

        public override IEnumerable<ValidationError> Validate(string field)
        {
            if (PerClass < 1) yield return new ValidationError(field, $"keeps {PerClass} samples per class", "replay needs at least 1 sample per class");
        }
    }

    /// <summary>
    /// A memory of <paramref name="Capacity"/> samples in total shared by the classes seen so far, ⌊K / classes⌋ each, re-balanced
    /// when classes arrive by dropping each set's last-chosen samples (iCaRL's schedule, Rebuffi et al. 2017, Algorithms 4–5).
    /// </summary>
    public sealed record FixedTotal(int Capacity, ReplaySelection Selection) : Rehearsal
    {
        public override ISampleMemory Start(LearnerContext context) =>
            new ExemplarSets(new ExemplarMemory(new ExemplarSchedule.Shared(Capacity)), Selection, context);

        public override string Describe() => $"replay K = {Capacity} in total ({Selection.ToString().ToLowerInvariant()}, re-balanced per class)";

        public override IEnumerable<ValidationError> Validate(string field)
        {
            if (Capacity < 1) yield return new ValidationError(field, $"holds {Capacity} samples", "the memory needs room for at least 1 sample");
        }
    }

    /// <summary>
    /// BiC's memory (Wu et al. 2019, Sec. 4): <paramref name="Capacity"/> samples in total, 9/10 herded training exemplars
    /// (re-balanced as <see cref="FixedTotal"/>) and 1/10 a validation set with the same number per class, the new classes'
    /// validation samples held out of their training data at random. The validation set feeds <see cref="Predictor.BiasCorrected"/>.
    /// </summary>
    public sealed record WithValidation(int Capacity) : Rehearsal
    {
        public override ISampleMemory Start(LearnerContext context) => new TrainingAndValidationSets(Capacity, context);

        public override string Describe() => $"replay K = {Capacity} in total (9/10 herded exemplars, 1/10 balanced validation)";

        public override IEnumerable<ValidationError> Validate(string field)
        {
            if (Capacity < 10) yield return new ValidationError(field, $"holds {Capacity} samples", "a memory with a validation tenth needs at least 10 samples");
        }
    }

    /// <summary>All training data seen so far, continuing the same model.</summary>
    public sealed record Joint : Rehearsal
    {
        public override ISampleMemory Start(LearnerContext context) => new EverythingStored(restartsModel: false);

        public override string Describe() => "joint (all data so far, continued)";
    }

    /// <summary>All training data seen so far, on a model re-initialised at every step (the upper bound).</summary>
    public sealed record JointScratch : Rehearsal
    {
        public override ISampleMemory Start(LearnerContext context) => new EverythingStored(restartsModel: true);

        public override string Describe() => "joint from scratch every phase";
    }

    /// <summary>
    /// Exactly the samples one-vs-all draws for the new classes (X of each new class and X of the others), so the shared
    /// head and one-vs-all see the same samples; the samples of earlier classes among them are counted as stored.
    /// </summary>
    public sealed record OvaSamples(int SamplesPerModel) : Rehearsal
    {
        public override ISampleMemory Start(LearnerContext context) => new OneVsAllSampleSets(SamplesPerModel, context);

        public override string Describe() => $"the one-vs-all samples (X = {SamplesPerModel})";

        public override IEnumerable<ValidationError> Validate(string field)
        {
            if (SamplesPerModel < 1) yield return new ValidationError(field, $"uses X = {SamplesPerModel}", "the one-vs-all sample set needs X of at least 1");
        }
    }

    public static Rehearsal Naive { get; } = new NewDataOnly();
}

/// <summary>The per-case state of a <see cref="Rehearsal"/>: what a shared head stores and which samples join each fit.</summary>
public interface ISampleMemory
{
    /// <summary>The samples of this step's fit; <paramref name="oldOutputs"/> outputs existed before the step.</summary>
    Dataset TrainingSet(PhaseData phase, int oldOutputs);

    /// <summary>Called after the step's fit (and the regularisers' updates): store what later steps need.</summary>
    void Update(StepEnd end);

    /// <summary>Stored samples now (no model copies).</summary>
    MemoryUse Current { get; }

    /// <summary>True when the model is re-initialised at every step after the first (joint from scratch).</summary>
    bool RestartsModel => false;

    /// <summary>Per-class exemplar sets, when the rehearsal keeps them (for the nearest-mean-of-exemplars predictor).</summary>
    ExemplarMemory? Exemplars => null;

    /// <summary>A held-out validation set of stored samples, when the rehearsal keeps one (for bias correction).</summary>
    Dataset? Validation => null;
}

internal sealed class NothingStored : ISampleMemory
{
    public Dataset TrainingSet(PhaseData phase, int oldOutputs) => phase.Train;

    public void Update(StepEnd end) { }

    public MemoryUse Current => MemoryUse.None;
}

internal sealed class EverythingStored(bool restartsModel) : ISampleMemory
{
    private readonly List<Dataset> _seen = [];

    public bool RestartsModel => restartsModel;

    public Dataset TrainingSet(PhaseData phase, int oldOutputs) => _seen.Count == 0 ? phase.Train : Dataset.Concat([.. _seen, phase.Train]);

    public void Update(StepEnd end) => _seen.Add(end.Phase.Train);

    public MemoryUse Current => MemoryUse.Of(_seen.Sum(d => (long)d.Count), _seen.Count == 0 ? 0 : _seen[0].FeatureCount);
}

/// <summary>Exemplar sets per class (<see cref="Rehearsal.Replay"/>, <see cref="Rehearsal.FixedTotal"/>).</summary>
internal sealed class ExemplarSets(ExemplarMemory memory, ReplaySelection selection, LearnerContext context) : ISampleMemory
{
    public ExemplarMemory Exemplars => memory;

    public Dataset TrainingSet(PhaseData phase, int oldOutputs) =>
        memory.Count == 0 ? phase.Train : Dataset.Concat([memory.All(phase.Train.FeatureCount), phase.Train]);

    public void Update(StepEnd end) => Store(memory, selection, end.Phase, end.Model, context);

    /// <summary>
    /// Classes of the step new to the memory get their exemplars; with a total budget the older sets are cut first. Random
    /// choices come from the step's "replay" stream, so every learner with the same memory keeps the same samples.
    /// </summary>
    /// <param name="model">The network whose features herding uses (unused by random selection).</param>
    public static void Store(ExemplarMemory memory, ReplaySelection selection, PhaseData phase, INetwork? model, LearnerContext context)
    {
        Dataset data = phase.Train;
        int[] newClasses = [.. data.Labels.Distinct().Where(c => !memory.Has(c)).Order()];
        int perClass = memory.PerClass(memory.Classes.Count + newClasses.Length);
        memory.ReduceTo(perClass);
        Rng rng = context.RngFor($"replay/phase-{phase.Number}");
        foreach (int c in newClasses)
        {
            Dataset samples = data.Where(l => l == c);
            memory.Add(c, selection == ReplaySelection.Random ? ExemplarSelection.Random(samples, perClass, rng)
                : ExemplarSelection.Select(selection, model ?? throw new ArgumentNullException(nameof(model), "Herding needs the network's features."), samples, perClass, rng));
        }
    }

    public MemoryUse Current => MemoryUse.Of(memory.Count, memory.FeatureCount);
}

/// <summary>BiC's training exemplars and balanced validation set (<see cref="Rehearsal.WithValidation"/>).</summary>
internal sealed class TrainingAndValidationSets : ISampleMemory
{
    private readonly LearnerContext _context;
    private readonly ExemplarMemory _train;
    private readonly ExemplarMemory _validation;
    private (int Class, Dataset Train, Dataset Validation)[] _arriving = [];

    public TrainingAndValidationSets(int capacity, LearnerContext context)
    {
        _context = context;
        _validation = new ExemplarMemory(new ExemplarSchedule.Shared(capacity / 10));
        _train = new ExemplarMemory(new ExemplarSchedule.Shared(capacity - capacity / 10));
    }

    public ExemplarMemory Exemplars => _train;

    public Dataset? Validation { get; private set; }

    /// <summary>The training exemplars plus the new classes' data without the samples held out for validation.</summary>
    public Dataset TrainingSet(PhaseData phase, int oldOutputs)
    {
        int[] newClasses = [.. phase.Train.Labels.Distinct().Where(c => !_train.Has(c)).Order()];
        int validationPerClass = _validation.PerClass(_train.Classes.Count + newClasses.Length);
        Rng splitRng = _context.RngFor($"bic/validation/phase-{phase.Number}");
        _arriving = [.. newClasses.Select(c =>
        {
            Dataset shuffled = ExemplarSelection.Random(phase.Train.Where(l => l == c), int.MaxValue, splitRng);
            int held = Math.Min(validationPerClass, shuffled.Count - 1);
            return (c, shuffled.Select([.. Enumerable.Range(held, shuffled.Count - held)]), shuffled.Select([.. Enumerable.Range(0, held)]));
        })];
        return Dataset.Concat([_train.All(phase.Train.FeatureCount), .. _arriving.Select(a => a.Train)]);
    }

    public void Update(StepEnd end)
    {
        int classes = _train.Classes.Count + _arriving.Length;
        _validation.ReduceTo(_validation.PerClass(classes));
        foreach ((int c, _, Dataset held) in _arriving) _validation.Add(c, held);
        Validation = _validation.All(end.Phase.Train.FeatureCount);
        int perClass = _train.PerClass(classes);
        _train.ReduceTo(perClass);
        foreach ((int c, Dataset train, _) in _arriving)
            _train.Add(c, ExemplarSelection.Select(ReplaySelection.Herding, end.Model, train, perClass, rng: null));
        _arriving = [];
    }

    public MemoryUse Current => MemoryUse.Of(_train.Count + _validation.Count, Math.Max(_train.FeatureCount, _validation.FeatureCount));
}

/// <summary>The one-vs-all samples of the new classes (<see cref="Rehearsal.OvaSamples"/>).</summary>
internal sealed class OneVsAllSampleSets(int samplesPerModel, LearnerContext context) : ISampleMemory
{
    private long _storedSamples;
    private int _features;

    public Dataset TrainingSet(PhaseData phase, int oldOutputs)
    {
        var parts = new List<Dataset>();
        for (int k = oldOutputs; k < phase.Categories; k++)
        {
            (Dataset positives, Dataset negatives) = OneVsAllSamples.Draw(context.Sampler, k, phase.Categories, samplesPerModel,
                context.RngFor(OneVsAllSamples.Purpose(phase.Number, k)));
            parts.Add(positives);
            parts.Add(negatives);
        }
        Dataset train = Dataset.Concat(parts);
        _storedSamples = OneVsAllSamples.OfEarlierCategories(train, oldOutputs);
        _features = train.FeatureCount;
        return train;
    }

    public void Update(StepEnd end) { }

    public MemoryUse Current => MemoryUse.Of(_storedSamples, _features);
}
