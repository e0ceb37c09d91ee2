using System.Text.RegularExpressions;
using IncrementalStudy.Data;

using IncrementalStudy.Validation;

namespace IncrementalStudy.Experiments;

/// <summary>Checks a definition and returns every problem at once, each with a fix hint.</summary>
internal static partial class DefinitionValidator
{
    /// <summary>
    /// The most seeds a definition may ask for. Every case is listed up front and every finished case stays in memory until
    /// the run is assembled, so a mistyped count (1,000,000,000) would exhaust memory instead of failing; 10,000 is 500 times
    /// the largest study (20 seeds) and still fits in memory.
    /// </summary>
    public const int MaxSeeds = 10_000;

    public static IReadOnlyList<ValidationError> Validate(ExperimentDefinition definition)
    {
        var errors = new List<ValidationError>();
        void Check(bool ok, string field, string problem, string hint)
        {
            if (!ok) errors.Add(new ValidationError(field, problem, hint));
        }

        Check(KebabCase().IsMatch(definition.Name), nameof(definition.Name), $"'{definition.Name}' is not kebab-case", "use lower-case words joined by '-', e.g. 'seed-replication'");
        Check(!string.IsNullOrWhiteSpace(definition.Description), nameof(definition.Description), "is empty", "say in one line what the experiment answers");
        Check(definition.Seeds >= 1, nameof(definition.Seeds), $"is {definition.Seeds}", "use at least 1 seed (20 for a study)");
        Check(definition.Seeds <= MaxSeeds, nameof(definition.Seeds), $"is {definition.Seeds}", $"use at most {MaxSeeds} seeds (20 for a study)");
        Check(definition.Fit.Epochs >= 1, "Fit.Epochs", $"is {definition.Fit.Epochs}", "train at least 1 epoch per phase");
        Check(definition.Fit.BatchSize >= 1, "Fit.BatchSize", $"is {definition.Fit.BatchSize}", "use a batch size of at least 1 (Keras default 32)");
        errors.AddRange(definition.Network.Validate());

        List<ValidationError> scenarioErrors = [.. definition.Scenario.Validate()];
        errors.AddRange(scenarioErrors);
        // A scenario with broken settings may not know its width; its own errors say what to fix first.
        if (scenarioErrors.Count == 0 && FeatureCount(definition.Scenario) is int features)
            Check(features == definition.Network.Inputs, "Network.Inputs", $"is {definition.Network.Inputs} but the data has {features} features",
                $"give the network {features} inputs");

        Check(definition.Strategies.Count >= 1, nameof(definition.Strategies), "is empty", "add at least one strategy");
        foreach (string duplicate in definition.Strategies.GroupBy(s => s.Name).Where(g => g.Count() > 1).Select(g => g.Key))
            errors.Add(new ValidationError(nameof(definition.Strategies), $"name '{duplicate}' more than once", "give every strategy a unique name"));
        for (int i = 0; i < definition.Strategies.Count; i++)
        {
            StrategyDefinition strategy = definition.Strategies[i];
            Check(KebabCase().IsMatch(strategy.Name), $"Strategies[{i}].Name", $"'{strategy.Name}' is not kebab-case", "use lower-case words and digits joined by '-'");
            errors.AddRange(strategy.Validate($"Strategies[{i}]"));
        }
        if (definition.Scenario is GaussianScenario)
            foreach (StrategyDefinition strategy in definition.Strategies.Where(DrawsAllGenerated))
                errors.Add(new ValidationError($"Strategies[{strategy.Name}]", "asks for all samples of a generated category",
                    "give a number of samples: a Gaussian scenario can draw any number"));
        HashSet<string> names = [.. definition.Strategies.Select(s => s.Name)];
        for (int i = 0; i < definition.Contrasts.Count; i++)
        {
            Contrast contrast = definition.Contrasts[i];
            foreach (string arm in new[] { contrast.Treatment, contrast.Baseline }.Where(a => !names.Contains(a)))
                errors.Add(new ValidationError($"Contrasts[{i}]", $"names '{arm}', which is not a strategy", "name two strategies of the definition"));
            Check(contrast.Treatment != contrast.Baseline, $"Contrasts[{i}]", $"compares '{contrast.Treatment}' with itself", "name two different strategies");
            Check(!definition.References.Contains(contrast.Treatment), $"Contrasts[{i}]", $"has the reference arm '{contrast.Treatment}' as its treatment",
                "a reference bounds the results; compare two designs, or put the reference second");
        }
        foreach (string reference in definition.References.Where(r => !names.Contains(r)))
            errors.Add(new ValidationError(nameof(definition.References), $"names '{reference}', which is not a strategy", "list strategies of the definition"));
        return errors;
    }

    private static bool DrawsAllGenerated(StrategyDefinition strategy) => strategy switch
    {
        OneVsAllStrategy ova => ova.SamplesPerModel == OneVsAllStrategy.AllSamples && ova.MemorySize is null && !ova.FromPhaseData,
        SharedHeadStrategy head => head.Options.Rehearsal is Learners.Rehearsal.OvaSamples { SamplesPerModel: OneVsAllStrategy.AllSamples },
        _ => false,
    };

    /// <summary>The scenario's features per sample, or null when its data cannot be loaded (the loading error is reported where the data is loaded).</summary>
    private static int? FeatureCount(IScenario scenario)
    {
        try
        {
            return scenario.Inputs;
        }
        catch (Exception e) when (e is Data.Sources.DatasetUnavailableException or Data.Loading.DataFormatException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
