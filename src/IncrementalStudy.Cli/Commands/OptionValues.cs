using System.CommandLine.Parsing;
using System.Globalization;
using IncrementalStudy.Experiments;

namespace IncrementalStudy.Cli.Commands;

/// <summary>Parsers for option values that name the bad value in one line (the parser's own messages name the .NET type).</summary>
public static class OptionValues
{
    /// <summary>A whole number in 1..<paramref name="maximum"/>; anything else adds an error and yields 0.</summary>
    public static int PositiveInt(ArgumentResult result, string name, int maximum = int.MaxValue)
    {
        if (result.Tokens.Count == 0) return 0;
        string text = result.Tokens[^1].Value;
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            // Digits that overflow a long are still a number, just a far too large (or small) one.
            string digits = text.StartsWith('-') ? text[1..] : text;
            result.AddError(digits.Length == 0 || !digits.All(char.IsAsciiDigit) ? $"{name} '{text}' is not a whole number."
                : text.StartsWith('-') ? $"{name} must be at least 1 (got {text})."
                : $"{name} {text} is above the maximum of {maximum}.");
            return 0;
        }
        if (value < 1) result.AddError($"{name} must be at least 1 (got {value}).");
        else if (value > maximum) result.AddError($"{name} {value} is above the maximum of {maximum}.");
        else return (int)value;
        return 0;
    }

    /// <summary>A budget by name, case-insensitive; numbers are refused (enum parsing would accept "7" as an unnamed budget).</summary>
    public static Budget Budget(ArgumentResult result)
    {
        if (result.Tokens.Count == 0) return Experiments.Budget.Full;
        string text = result.Tokens[^1].Value;
        foreach (Budget budget in Enum.GetValues<Budget>())
            if (string.Equals(text, budget.ToString(), StringComparison.OrdinalIgnoreCase)) return budget;
        result.AddError($"--budget '{text}' is not a budget; use {string.Join(" or ", Enum.GetNames<Budget>().Select(n => n.ToLowerInvariant()))}.");
        return Experiments.Budget.Full;
    }
}
