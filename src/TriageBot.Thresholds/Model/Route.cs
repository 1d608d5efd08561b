namespace TriageBot.Thresholds.Model;

/// <summary>A service to contact, with its numbers and the next steps the documents give.</summary>
public sealed record Route(
    RouteKind Kind,
    string Service,
    IReadOnlyList<string> Phones,
    string? Email,
    IReadOnlyList<string> Next,
    string Source,
    string? Formerly);
