namespace IncrementalStudy.Validation;

/// <summary>One problem with a definition: where, what is wrong, and how to fix it.</summary>
public sealed record ValidationError(string Field, string Problem, string Hint)
{
    public override string ToString() => $"{Field} {Problem} (fix: {Hint})";
}
