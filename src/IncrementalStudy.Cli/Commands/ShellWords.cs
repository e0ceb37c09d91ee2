namespace IncrementalStudy.Cli.Commands;

/// <summary>Writes values into bash scripts and into commands shown to the user, so paths with spaces or $ stay one word.</summary>
public static class ShellWords
{
    /// <summary>Always double-quoted, with the characters bash still interprets inside double quotes escaped.</summary>
    public static string Quote(string value)
    {
        var quoted = new System.Text.StringBuilder("\"");
        foreach (char c in value)
        {
            if (c is '\\' or '"' or '$' or '`') quoted.Append('\\');
            quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>Unchanged when bash reads it as one literal word, quoted otherwise (for commands printed in messages).</summary>
    public static string Word(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || "_./:=@%+,-".Contains(c)) ? value : Quote(value);
}
