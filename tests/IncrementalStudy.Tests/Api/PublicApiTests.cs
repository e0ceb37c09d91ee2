using System.Reflection;
using System.Text.RegularExpressions;
using IncrementalStudy.Experiments;
using IncrementalStudy.Reporting;
using IncrementalStudy.Running;
using IncrementalStudy.Tests.Support;

namespace IncrementalStudy.Tests.Api;

/// <summary>
/// The libraries are internal by default: every public type of IncrementalStudy, IncrementalStudy.Reporting and
/// IncrementalStudy.Running is listed in docs/design.md §6 "Public API" under its namespace, and every type listed there is public.
/// </summary>
public partial class PublicApiTests
{
    private static readonly Assembly[] Libraries =
        [typeof(ExperimentDefinition).Assembly, typeof(ResultsTables).Assembly, typeof(Study).Assembly];

    /// <summary>The public types, as the document names them: namespace, then the type (nested types after a dot, no generic arity).</summary>
    private static SortedSet<string> PublicTypes() =>
        new(Libraries.SelectMany(a => a.GetExportedTypes()).Select(t => $"{t.Namespace}.{DocumentedName(t)}"), StringComparer.Ordinal);

    private static string DocumentedName(Type type)
    {
        string name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        return type.DeclaringType is { } outer ? $"{DocumentedName(outer)}.{name}" : name;
    }

    /// <summary>The types docs/design.md lists: the code spans before the colon of each bullet, under a "### `Namespace`" heading.</summary>
    private static SortedSet<string> DocumentedTypes()
    {
        string design = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "design.md"));
        int start = design.IndexOf("## 6. Public API", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/design.md has no '## 6. Public API' section");
        int end = design.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        string section = end < 0 ? design[start..] : design[start..end];

        var listed = new SortedSet<string>(StringComparer.Ordinal);
        string? ns = null;
        foreach (string line in section.Split('\n'))
        {
            if (NamespaceHeading().Match(line) is { Success: true } heading)
                ns = heading.Groups[1].Value;
            else if (line.StartsWith("* `", StringComparison.Ordinal) && ns is not null && line.IndexOf("`:", StringComparison.Ordinal) is > 0 and int colon)
            {
                foreach (Match m in CodeSpan().Matches(line[..(colon + 1)]))
                    listed.Add($"{ns}.{GenericArguments().Replace(m.Groups[1].Value, "")}");
            }
        }
        return listed;
    }

    [Fact]
    public void Every_public_type_is_listed_in_the_design_notes()
    {
        string[] missing = [.. PublicTypes().Except(DocumentedTypes())];
        Assert.True(missing.Length == 0,
            "public types missing from docs/design.md §6 Public API (list them with one line each, or make them internal): " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_listed_type_is_public()
    {
        string[] stale = [.. DocumentedTypes().Except(PublicTypes())];
        Assert.True(stale.Length == 0, "docs/design.md §6 Public API lists types that are not public: " + string.Join(", ", stale));
    }

    [GeneratedRegex(@"^### `([A-Za-z.]+)`\s*$")]
    private static partial Regex NamespaceHeading();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex GenericArguments();
}
