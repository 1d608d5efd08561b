namespace TriageBot.Thresholds.Packs;

/// <summary>How bad a problem in a pack file is: an error stops the pack loading; a warning does not.</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>One problem found in a pack file, with the JSON path where it is.</summary>
public sealed record PackProblem(ProblemSeverity Severity, string Path, string Message)
{
    public override string ToString() => $"{(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Path}: {Message}";
}

/// <summary>A pack that could not be loaded, with every problem found.</summary>
public sealed class PackException(string name, IReadOnlyList<PackProblem> problems)
    : Exception($"Framework pack '{name}' is not valid:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Where(p => p.Severity == ProblemSeverity.Error)))
{
    public IReadOnlyList<PackProblem> Problems { get; } = problems;
}
