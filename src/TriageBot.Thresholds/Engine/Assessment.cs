using NodaTime;
using TriageBot.Thresholds.Model;

namespace TriageBot.Thresholds.Engine;

/// <summary>The engine's answer: the level and why, who to contact now, and the consent step.</summary>
/// <param name="Rule">The rule that decided the level, in words.</param>
/// <param name="Indicators">The indicators evidenced, highest level first, then in document order.</param>
/// <param name="Strengths">Level 1 indicators given: shown as strengths, never subtracted from the level.</param>
/// <param name="NeedsMayCombine">Indicators span domains at the level, or several sit one level below; the level is unchanged.</param>
/// <param name="Notes">Plain sentences the answer must carry (combine warning, opening hours as a local setting, bank holiday).</param>
public sealed record Assessment(
    FrameworkPack Framework,
    LevelInfo Level,
    string Rule,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Indicator> Strengths,
    bool NeedsMayCombine,
    RouteAdvice Route,
    ConsentAdvice Consent,
    FrontDoorStatus FrontDoor,
    IReadOnlyList<string> Notes);

/// <summary>Who to contact now; <paramref name="Then"/> is the service to tell once a 999 call is made.</summary>
public sealed record RouteAdvice(Route Route, IReadOnlyList<string> Next, RouteAdvice? Then)
{
    public RouteKind Kind => Route.Kind;
}

/// <summary>The consent kind and the steps for it at this level.</summary>
public sealed record ConsentAdvice(ConsentKind Kind, IReadOnlyList<string> Steps, string Source);

/// <summary>Whether the front door is open at the request's moment, in the area's local time.</summary>
/// <param name="IsBankHoliday">The local date is a bank holiday in England (counted as out of hours).</param>
public sealed record FrontDoorStatus(LocalDateTime LocalTime, bool Open, LocalDateTime? NextOpens, bool IsBankHoliday, bool HoursStatedInDocuments);
