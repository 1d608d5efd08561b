using NodaTime;
using TriageBot.Thresholds.Model;

namespace TriageBot.Thresholds.Engine;

/// <summary>What the professional told us: indicators by id or source text, the moment, danger and consent.</summary>
/// <param name="Indicators">Ids or source texts (texts compared ignoring case, punctuation and spacing).</param>
/// <param name="At">The moment the advice is for; routing uses the area's local time at this instant.</param>
/// <param name="ImmediateDanger">The child is in immediate danger now: the route is 999 whatever the level.</param>
public sealed record AssessmentRequest(
    IReadOnlyList<string> Indicators,
    Instant At,
    bool ImmediateDanger,
    ConsentStatus Consent,
    int? ChildAgeYears = null);
