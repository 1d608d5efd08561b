namespace TriageBot.Cards.Views;

/// <summary>
/// Reads the route and consent words of the <c>assess</c> contract ("front-door", "override-risk"), so the
/// engine's answer maps onto the views without a hand-written table in every caller.
/// </summary>
public static class OutputWords
{
    private static readonly Dictionary<string, RouteKind> s_routes = new(StringComparer.Ordinal)
    {
        ["emergency"] = RouteKind.Emergency,
        ["front-door"] = RouteKind.FrontDoor,
        ["out-of-hours"] = RouteKind.OutOfHours,
        ["early-help"] = RouteKind.EarlyHelp,
        ["universal"] = RouteKind.Universal,
    };

    private static readonly Dictionary<string, ConsentKind> s_consents = new(StringComparer.Ordinal)
    {
        ["seek"] = ConsentKind.Seek,
        ["given"] = ConsentKind.Given,
        ["override-risk"] = ConsentKind.OverrideRisk,
        ["declined"] = ConsentKind.Declined,
    };

    public static RouteKind ParseRouteKind(string word) =>
        word is not null && s_routes.TryGetValue(word, out var kind)
            ? kind
            : throw new ArgumentException($"\"{word}\" is not a route kind; expected one of: {string.Join(", ", s_routes.Keys)}.", nameof(word));

    public static ConsentKind ParseConsentKind(string word) =>
        word is not null && s_consents.TryGetValue(word, out var kind)
            ? kind
            : throw new ArgumentException($"\"{word}\" is not a consent kind; expected one of: {string.Join(", ", s_consents.Keys)}.", nameof(word));
}
