using TriageBot.Cards.Model;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Builders;

/// <summary>The card's own words for routes, consent and levels, in one place so every card says them the same way.</summary>
internal static class Wording
{
    public const string Footer = "TriageBot advises; you decide. Talk to your safeguarding lead.";

    public const string Call999Heading = "Call 999 now";

    public const string Call999Sentence = "A child may be in immediate danger. Call 999 before anything else, then come back to this card.";

    public const string SecureRoutes = "Note: information about children and families should never be sent using e-mail that is not secure or encrypted.";

    public const string SecureRoutesSource = "001_9322bea10a27a627.txt, Appendix 3";

    public static string Route(RouteKind kind) => kind switch
    {
        RouteKind.Emergency => "999: immediate danger",
        RouteKind.FrontDoor => "The front door (children's social care), open now",
        RouteKind.OutOfHours => "The out-of-hours duty team (the front door is closed now)",
        RouteKind.EarlyHelp => "Early help",
        RouteKind.Universal => "Universal services: no referral needed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown route kind."),
    };

    public static string ConsentStep(ConsentKind kind) => kind switch
    {
        ConsentKind.Seek => "Seek consent first",
        ConsentKind.Given => "Consent given",
        ConsentKind.OverrideRisk => "Share without seeking consent: seeking it would put a child or adult at risk",
        ConsentKind.Declined => "Consent declined",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown consent kind."),
    };

    /// <summary>Consent as a status on the contact form.</summary>
    public static string ConsentStatus(ConsentKind kind) => kind switch
    {
        ConsentKind.Seek => "Not yet sought.",
        ConsentKind.Given => "Given.",
        ConsentKind.OverrideRisk => "Not sought: seeking consent would place a child or adult at risk.",
        ConsentKind.Declined => "Declined.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown consent kind."),
    };

    /// <summary>Level 1 to the top level runs good, accent, warning, attention; the words always say the level too.</summary>
    public static TextColor LevelColor(LevelView level) =>
        level.Number == level.Count ? TextColor.Attention
        : level.Number == level.Count - 1 ? TextColor.Warning
        : level.Number == 1 ? TextColor.Good
        : TextColor.Accent;

    public static string IndicatorLine(IndicatorView indicator) =>
        $"{indicator.Text} (Level {indicator.Level}; {indicator.Source})";
}
