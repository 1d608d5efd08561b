namespace TriageBot.Thresholds.Model;

/// <summary>The words the JSON contract and the pack files use for the enums.</summary>
public static class WireNames
{
    public static string Of(RouteKind kind) => kind switch
    {
        RouteKind.Emergency => "emergency",
        RouteKind.FrontDoor => "front-door",
        RouteKind.OutOfHours => "out-of-hours",
        RouteKind.EarlyHelp => "early-help",
        RouteKind.Universal => "universal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(ConsentKind kind) => kind switch
    {
        ConsentKind.Seek => "seek",
        ConsentKind.Given => "given",
        ConsentKind.OverrideRisk => "override-risk",
        ConsentKind.Declined => "declined",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(ConsentStatus status) => status switch
    {
        ConsentStatus.NotYetSought => "not-yet-sought",
        ConsentStatus.Given => "given",
        ConsentStatus.Declined => "declined",
        ConsentStatus.WouldPlaceAtRisk => "would-place-at-risk",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParseRoute(string? wire, out RouteKind kind) => TryParse(wire, Of, out kind);

    public static bool TryParseConsentKind(string? wire, out ConsentKind kind) => TryParse(wire, Of, out kind);

    public static bool TryParseConsentStatus(string? wire, out ConsentStatus status) => TryParse(wire, Of, out status);

    private static bool TryParse<T>(string? wire, Func<T, string> name, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(name(candidate), wire, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
