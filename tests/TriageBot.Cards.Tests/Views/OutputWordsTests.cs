using TriageBot.Cards.Views;

namespace TriageBot.Cards.Tests.Views;

public sealed class OutputWordsTests
{
    [Theory]
    [InlineData("emergency", RouteKind.Emergency)]
    [InlineData("front-door", RouteKind.FrontDoor)]
    [InlineData("out-of-hours", RouteKind.OutOfHours)]
    [InlineData("early-help", RouteKind.EarlyHelp)]
    [InlineData("universal", RouteKind.Universal)]
    public void Route_words_of_the_assess_contract_map_to_route_kinds(string word, RouteKind kind) =>
        Assert.Equal(kind, OutputWords.ParseRouteKind(word));

    [Theory]
    [InlineData("seek", ConsentKind.Seek)]
    [InlineData("given", ConsentKind.Given)]
    [InlineData("override-risk", ConsentKind.OverrideRisk)]
    [InlineData("declined", ConsentKind.Declined)]
    public void Consent_words_of_the_assess_contract_map_to_consent_kinds(string word, ConsentKind kind) =>
        Assert.Equal(kind, OutputWords.ParseConsentKind(word));

    [Fact]
    public void An_unknown_word_is_refused_with_the_words_that_would_do()
    {
        var route = Assert.Throws<ArgumentException>(() => OutputWords.ParseRouteKind("FrontDoor"));
        var consent = Assert.Throws<ArgumentException>(() => OutputWords.ParseConsentKind("not-yet-sought"));

        Assert.Contains("\"FrontDoor\" is not a route kind; expected one of: emergency, front-door, out-of-hours, early-help, universal.", route.Message, StringComparison.Ordinal);
        Assert.Contains("expected one of: seek, given, override-risk, declined.", consent.Message, StringComparison.Ordinal);
    }
}
