using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace IncrementalStudy.Experiments;

/// <summary>
/// Sets one field of a definition by its path, as <c>incstudy run NAME --set path=value</c> and <see cref="Sweep"/> do: the
/// same change a C# <c>with</c> expression makes, typed and checked. A path names record properties from the definition
/// down, case-insensitive, '-' and '_' ignored: <c>Fit.Epochs</c>, <c>Seeds</c>; a strategy by its name
/// (<c>replay.Options.Rehearsal.PerClass</c>) or every strategy that has the field (<c>*.Optimizer.LearningRate</c>); and a
/// field of <c>Fit</c> or <c>Network</c> by its own name when that is unambiguous (<c>epochs</c>). The experiment's name is not
/// a field (it keys the random streams, so every point of a sweep shares them); the results folder takes the override in
/// its name instead (<see cref="ExperimentDefinition.FolderName"/>).
/// </summary>
public static partial class DefinitionOverrides
{
    /// <summary>Applies "path=value"; throws <see cref="ArgumentException"/> naming the field or value when either is unusable.</summary>
    public static ExperimentDefinition Apply(ExperimentDefinition definition, string assignment)
    {
        int equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0) throw new ArgumentException($"--set '{assignment}' is not field=value (e.g. --set epochs=20).");
        return Apply(definition, assignment[..equals].Trim(), assignment[(equals + 1)..].Trim());
    }

    public static ExperimentDefinition Apply(ExperimentDefinition definition, string path, string value)
    {
        string[] segments = path.Split('.');
        if (segments.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException($"--set field '{path}' has an empty part.");
        ExperimentDefinition changed = Resolve(definition, segments, value, path);
        string assignment = $"{path}={value}";
        return changed with { Overrides = [.. definition.Overrides, assignment] };
    }

    private static ExperimentDefinition Resolve(ExperimentDefinition definition, string[] segments, string value, string path)
    {
        string first = Normalise(segments[0]);
        if (first == Normalise(nameof(ExperimentDefinition.Name)))
            throw new ArgumentException($"--set field '{path}': the experiment's name keys its random streams and cannot be set; the results folder is named after the override.");
        if (first == Normalise(nameof(ExperimentDefinition.Strategies)) && segments.Length > 1) segments = segments[1..];
        else if (Settable(typeof(ExperimentDefinition)).Any(p => Normalise(p.Name) == first))
            return (ExperimentDefinition)Set(definition, segments, value, path);

        if (segments[0] == "*" || definition.Strategies.Any(s => s.Name == segments[0]))
        {
            if (segments.Length == 1) throw new ArgumentException($"--set field '{path}' names a strategy; add the field, e.g. {segments[0]}.Optimizer.LearningRate.");
            var strategies = new List<StrategyDefinition>();
            int changed = 0;
            foreach (StrategyDefinition strategy in definition.Strategies)
            {
                bool wanted = segments[0] == "*" || strategy.Name == segments[0];
                if (wanted && (segments[0] != "*" || Has(strategy, segments[1..])))
                {
                    strategies.Add((StrategyDefinition)Set(strategy, segments[1..], value, path));
                    changed++;
                }
                else
                {
                    strategies.Add(strategy);
                }
            }
            if (changed == 0) throw new ArgumentException($"--set field '{path}': no strategy of '{definition.Name}' has the field {string.Join('.', segments[1..])}.");
            return definition with { Strategies = strategies };
        }

        // A field of a nested record by its own name (epochs = Fit.Epochs), when exactly one nested record has it.
        PropertyInfo[] owners = [.. Settable(typeof(ExperimentDefinition))
            .Where(p => p.GetValue(definition) is { } child && !IsLeaf(child.GetType()) && Settable(child.GetType()).Any(c => Normalise(c.Name) == first))];
        if (owners.Length == 1) return (ExperimentDefinition)Set(definition, [owners[0].Name, .. segments], value, path);
        throw new ArgumentException($"--set field '{path}' is not a field of '{definition.Name}'. Fields: " +
            string.Join(", ", Settable(typeof(ExperimentDefinition)).Select(p => p.Name).Where(n => n != nameof(ExperimentDefinition.Name))) +
            $", a strategy's ({string.Join(", ", definition.Strategies.Select(s => s.Name))}, or * for every strategy) fields, or epochs / batchsize.");
    }

    private static bool Has(object target, string[] segments)
    {
        foreach (string raw in segments)
        {
            string segment = IndexedSegment().Match(raw) is { Success: true } m ? m.Groups[1].Value : raw;
            PropertyInfo? property = Settable(target.GetType()).FirstOrDefault(p => Normalise(p.Name) == Normalise(segment));
            if (property is null) return false;
            if (property.GetValue(target) is not { } child) return raw == segments[^1];
            if (segment != raw)
            {
                int index = int.Parse(IndexedSegment().Match(raw).Groups[2].Value, CultureInfo.InvariantCulture);
                if (child is not System.Collections.IList list || index >= list.Count) return false;
                child = list[index]!;
            }
            target = child;
        }
        return true;
    }

    /// <summary>A copy of <paramref name="target"/> (a record) with the field at <paramref name="segments"/> set.</summary>
    private static object Set(object target, string[] segments, string value, string path)
    {
        Type type = target.GetType();
        // "Regularizers[0]": an element of a list of records, replaced in a copy of the list.
        if (IndexedSegment().Match(segments[0]) is { Success: true } indexed)
        {
            PropertyInfo listProperty = Settable(type).FirstOrDefault(p => Normalise(p.Name) == Normalise(indexed.Groups[1].Value))
                ?? throw new ArgumentException($"--set field '{path}': {type.Name} has no field '{indexed.Groups[1].Value}'.");
            if (listProperty.GetValue(target) is not System.Collections.IList list || segments.Length == 1)
                throw new ArgumentException($"--set field '{path}': {listProperty.Name} is not a list of records with fields.");
            int index = int.Parse(indexed.Groups[2].Value, CultureInfo.InvariantCulture);
            if (index >= list.Count) throw new ArgumentException($"--set field '{path}': {listProperty.Name} has {list.Count} element(s).");
            Type element = listProperty.PropertyType.GetGenericArguments().Single();
            Array copyOfList = Array.CreateInstance(element, list.Count);
            list.CopyTo(copyOfList, 0);
            copyOfList.SetValue(Set(list[index]!, segments[1..], value, path), index);
            object withList = Clone(target);
            listProperty.SetValue(withList, copyOfList);
            return withList;
        }
        PropertyInfo property = Settable(type).FirstOrDefault(p => Normalise(p.Name) == Normalise(segments[0]))
            ?? throw new ArgumentException($"--set field '{path}': {type.Name} has no field '{segments[0]}' (fields: {string.Join(", ", Settable(type).Select(p => p.Name))}).");
        object? newValue;
        if (segments.Length == 1)
        {
            newValue = Parse(property.PropertyType, value, path);
        }
        else
        {
            object child = property.GetValue(target) ?? throw new ArgumentException($"--set field '{path}': {property.Name} is not set, so it has no fields.");
            if (IsLeaf(child.GetType())) throw new ArgumentException($"--set field '{path}': {property.Name} is a value, not a record with fields.");
            newValue = Set(child, segments[1..], value, path);
        }
        object copy = Clone(target);
        property.SetValue(copy, newValue);
        return copy;
    }

    /// <summary>A record's copy, as <c>with</c> makes it (its compiler-generated clone method).</summary>
    private static object Clone(object record) =>
        record.GetType().GetMethod("<Clone>$")?.Invoke(record, null)
        ?? throw new ArgumentException($"{record.GetType().Name} is not a record; vary it in C# instead.");

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
            && p.Name != "EqualityContract");

    private static bool IsLeaf(Type type) => type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        || Nullable.GetUnderlyingType(type) is not null || typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    private static object? Parse(Type type, string text, string path)
    {
        Type? underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null && text.Equals("null", StringComparison.OrdinalIgnoreCase)) return null;
        Type target = underlying ?? type;
        string Bad(string expected) => $"--set {path}={text}: '{text}' is not {expected}.";
        if (target == typeof(int))
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int i) ? i : throw new ArgumentException(Bad("a whole number"));
        if (target == typeof(long))
            return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l) ? l : throw new ArgumentException(Bad("a whole number"));
        if (target == typeof(double))
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d) ? d : throw new ArgumentException(Bad("a finite number"));
        if (target == typeof(bool))
            return bool.TryParse(text, out bool b) ? b : throw new ArgumentException(Bad("true or false"));
        if (target == typeof(string)) return text;
        if (target.IsEnum)
        {
            string[] names = Enum.GetNames(target);
            string? match = names.FirstOrDefault(n => Normalise(n) == Normalise(text));
            return match is not null ? Enum.Parse(target, match) : throw new ArgumentException(Bad($"one of {string.Join(", ", names.Select(n => n.ToLowerInvariant()))}"));
        }
        throw new ArgumentException($"--set field '{path}' is a {target.Name}, which cannot be given on the command line; vary it in C# with a 'with' expression.");
    }

    private static string Normalise(string name) => name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>The override as a folder-name part: lower-case letters, digits, '.' and '-' (<c>epochs=20</c> → <c>epochs-20</c>).</summary>
    public static string Slug(string assignment) =>
        NotSlug().Replace(assignment.ToLowerInvariant().Replace("*", "all", StringComparison.Ordinal).Replace("[", "", StringComparison.Ordinal)
            .Replace("]", "", StringComparison.Ordinal).Replace("|", "+", StringComparison.Ordinal), "-").Trim('-');

    [GeneratedRegex(@"^(\w+)\[(\d+)\]$")]
    private static partial Regex IndexedSegment();

    [GeneratedRegex("[^a-z0-9.]+")]
    private static partial Regex NotSlug();
}
