namespace TriageBot.Thresholds.Model;

/// <summary>The steps for one consent kind; <paramref name="AtLevel4"/> are added when the level is 4.</summary>
public sealed record ConsentGuidance(
    ConsentKind Kind,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> AtLevel4,
    string Source);
