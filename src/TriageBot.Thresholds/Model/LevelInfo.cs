namespace TriageBot.Thresholds.Model;

/// <summary>A level of need as the framework document describes it, with the route it leads to by default.</summary>
public sealed record LevelInfo(
    int Level,
    string Name,
    string? AlsoKnownAs,
    string Meaning,
    string ServiceResponse,
    IReadOnlyList<string> Services,
    RouteKind Route,
    IReadOnlyList<string> Next,
    string Source);
