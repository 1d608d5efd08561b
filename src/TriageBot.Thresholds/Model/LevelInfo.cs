namespace TriageBot.Thresholds.Model;

/// <summary>A level of need as the framework document describes it, with the route it leads to by default.</summary>
/// <param name="Summary">One plain sentence for the answer card, reviewed with the pack (the source's own words are in <paramref name="Meaning"/>).</param>
public sealed record LevelInfo(
    int Level,
    string Name,
    string? AlsoKnownAs,
    string Summary,
    string Meaning,
    string ServiceResponse,
    IReadOnlyList<string> Services,
    RouteKind Route,
    IReadOnlyList<string> Next,
    string Source);
