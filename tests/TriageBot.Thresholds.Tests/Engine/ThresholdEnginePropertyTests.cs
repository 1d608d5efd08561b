using CsCheck;
using NodaTime;
using TriageBot.Thresholds.Contract;
using TriageBot.Thresholds.Engine;
using TriageBot.Thresholds.Model;

namespace TriageBot.Thresholds.Tests.Engine;

public sealed class ThresholdEnginePropertyTests
{
    private static readonly FrameworkPack Pack = ThresholdEngineTests.Pack;
    private static readonly ThresholdEngine Engine = new(Pack);
    private static readonly ThresholdService Service = new([Engine], TimeProvider.System);

    // Any instant from 2020 to 2030, to the minute: covers GMT, BST, weekends and bank holidays.
    private static readonly Gen<Instant> AnyInstant = Gen.Long[Instant.FromUtc(2020, 1, 1, 0, 0).ToUnixTimeSeconds() / 60, Instant.FromUtc(2030, 12, 31, 23, 59).ToUnixTimeSeconds() / 60]
        .Select(m => Instant.FromUnixTimeSeconds(m * 60));

    private static readonly Gen<Indicator> AnyIndicator = Gen.Int[0, Pack.Indicators.Count - 1].Select(i => Pack.Indicators[i]);

    private static readonly Gen<ConsentStatus> AnyConsent = Gen.Enum<ConsentStatus>();

    private static readonly Gen<AssessmentRequest> AnyRequest =
        Gen.Select(AnyIndicator.Array[1, 12], AnyInstant, Gen.Bool, AnyConsent)
            .Select((indicators, at, danger, consent) => new AssessmentRequest([.. indicators.Select(i => i.Id)], at, danger, consent));

    private static string Json(AssessmentRequest r)
    {
        var request = new
        {
            area = "plymouth",
            at = NodaTime.Text.InstantPattern.ExtendedIso.Format(r.At),
            indicators = r.Indicators,
            immediateDanger = r.ImmediateDanger,
            consent = WireNames.Of(r.Consent),
        };
        return AssessLine.Answer(Service, System.Text.Json.JsonSerializer.Serialize(request)).Json;
    }

    [Fact]
    public void Same_input_gives_the_same_output()
    {
        AnyRequest.Sample(r => Assert.Equal(Json(r), Json(r with { Indicators = [.. r.Indicators] })), iter: 300);
    }

    [Fact]
    public void Order_of_the_indicators_does_not_change_the_answer()
    {
        AnyRequest.Sample(r => Assert.Equal(Json(r), Json(r with { Indicators = [.. r.Indicators.Reverse()] })), iter: 300);
    }

    [Fact]
    public void Adding_an_indicator_never_lowers_the_level()
    {
        Gen.Select(AnyRequest, AnyIndicator).Sample((r, extra) =>
        {
            var before = Engine.Assess(r).Level.Level;
            var after = Engine.Assess(r with { Indicators = [.. r.Indicators, extra.Id] }).Level.Level;
            Assert.True(after >= before, $"adding {extra.Id} lowered the level from {before} to {after}");
        }, iter: 500);
    }

    [Fact]
    public void Every_indicator_alone_yields_its_own_level()
    {
        foreach (var indicator in Pack.Indicators)
        {
            var a = Engine.Assess(new AssessmentRequest([indicator.Id], Instant.FromUtc(2026, 11, 24, 11, 0), false, ConsentStatus.NotYetSought));
            Assert.Equal(indicator.Level, a.Level.Level);
        }
    }

    [Fact]
    public void Immediate_danger_always_routes_to_999()
    {
        AnyRequest.Sample(r =>
        {
            var a = Engine.Assess(r with { ImmediateDanger = true });
            Assert.Equal(RouteKind.Emergency, a.Route.Kind);
            Assert.Equal(["999"], a.Route.Route.Phones);
        }, iter: 500);
    }

    [Fact]
    public void Level_4_outside_the_front_doors_hours_routes_out_of_hours()
    {
        Gen.Select(AnyInstant, AnyConsent).Sample((at, consent) =>
        {
            var a = Engine.Assess(new AssessmentRequest(["ply.a1.2"], at, false, consent));
            var open = Engine.FrontDoorHours.IsOpen(at.InZone(Pack.TimeZone).LocalDateTime);
            Assert.Equal(open ? RouteKind.FrontDoor : RouteKind.OutOfHours, a.Route.Kind);
            Assert.Equal(open ? "01752 668000" : "01752 346984", a.Route.Route.Phones[0]);
        }, iter: 2000);
    }
}
