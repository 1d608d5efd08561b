using NodaTime;
using NodaTime.Text;
using TriageBot.Thresholds.Calendar;
using TriageBot.Thresholds.Engine;
using TriageBot.Thresholds.Model;
using TriageBot.Thresholds.Packs;

namespace TriageBot.Thresholds.Tests.Engine;

public sealed class ThresholdEngineTests
{
    internal static readonly FrameworkPack Pack = PackReader.LoadEmbedded("plymouth");
    private static readonly ThresholdEngine Engine = new(Pack);

    // Tuesday 24 November 2026, 11:00 in Plymouth (GMT): the front door is open.
    private static readonly Instant TuesdayMorning = Instant.FromUtc(2026, 11, 24, 11, 0);

    private static Instant At(string isoWithOffset) => OffsetDateTimePattern.ExtendedIso.Parse(isoWithOffset).Value.ToInstant();

    private static Assessment Assess(params string[] indicators) =>
        Engine.Assess(new AssessmentRequest(indicators, TuesdayMorning, false, ConsentStatus.NotYetSought));

    [Fact]
    public void Level_is_the_highest_among_the_indicators()
    {
        var a = Assess("Poor home routine", "Evidence of domestic abuse", "Good physical health");
        Assert.Equal(3, a.Level.Level);
        Assert.Equal("Targeted Early Help", a.Level.Name);
        Assert.Equal("Level 3 because it is the highest level among the 3 indicators given (1 at Level 3).", a.Rule);
    }

    [Fact]
    public void Indicators_are_listed_highest_first_then_in_document_order()
    {
        var a = Assess("Good physical health", "Poor home routine", "Evidence of domestic abuse", "Developmental delay identified");
        Assert.Equal(["ply.l3.family-history.1", "ply.l2.health.1", "ply.l2.emotional-warmth.3", "ply.l1.health.1"], a.Indicators.Select(i => i.Id));
    }

    [Fact]
    public void An_appendix_1_sign_is_level_4_and_the_rule_says_why()
    {
        var a = Assess("Child has an unexplained or suspicious injury", "Poor home routine");
        Assert.Equal(4, a.Level.Level);
        Assert.Contains("is a sign of significant harm (001_9322bea10a27a627.txt, Appendix 1)", a.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Strengths_are_shown_and_never_lower_the_level()
    {
        var a = Assess("Evidence of domestic abuse", "Good physical health", "Secure attachments");
        Assert.Equal(3, a.Level.Level);
        Assert.Equal(["ply.l1.health.1", "ply.l1.emotional-behavioural.1"], a.Strengths.Select(s => s.Id));
    }

    [Theory]
    [InlineData("CHILD HAS MADE A DISCLOSURE OF PHYSICAL OR SEXUAL HARM")]
    [InlineData("child has made a disclosure of physical, or sexual harm.")]
    [InlineData("  Child  has made a disclosure of physical or sexual harm ")]
    [InlineData("ply.a1.1")]
    [InlineData("PLY.A1.1")]
    public void Indicators_match_by_id_or_by_text_ignoring_case_punctuation_and_spacing(string given)
    {
        Assert.Equal("ply.a1.1", Assert.Single(Assess(given).Indicators).Id);
    }

    [Fact]
    public void The_same_indicator_twice_counts_once()
    {
        var a = Assess("Evidence of domestic abuse", "ply.l3.family-history.1");
        Assert.Single(a.Indicators);
    }

    [Fact]
    public void Ambiguous_text_is_refused_with_the_candidates()
    {
        var e = Assert.Throws<AssessmentException>(() => Assess("Teenage parent"));
        Assert.Equal("ambiguous-indicator", e.Code);
        Assert.Equal(["ply.l2.basic-care.7", "ply.l3.basic-care.5"], e.Candidates.Select(c => c.Id));
        Assert.Contains("give one of their ids instead", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_indicator_names_it_and_suggests_close_ones()
    {
        var e = Assert.Throws<AssessmentException>(() => Assess("no bedding"));
        Assert.Equal("unknown-indicator", e.Code);
        Assert.Contains("\"no bedding\"", e.Message, StringComparison.Ordinal);
        Assert.Equal("ply.l3.housing.2", Assert.Single(e.Candidates).Id);
    }

    [Fact]
    public void No_indicators_is_refused()
    {
        var e = Assert.Throws<AssessmentException>(() => Assess());
        Assert.Equal("no-indicators", e.Code);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(18)]
    public void Age_outside_childhood_is_refused(int age)
    {
        var e = Assert.Throws<AssessmentException>(() => Engine.Assess(new AssessmentRequest(["Poor home routine"], TuesdayMorning, false, ConsentStatus.Given, age)));
        Assert.Equal("bad-request", e.Code);
    }

    // Combine rule: two or more domains at the level, or three or more indicators one level below.
    [Theory]
    [InlineData(false, "Evidence of domestic abuse")]                                                                 // one L3, family
    [InlineData(false, "Evidence of domestic abuse", "Acrimonious separation")]                                       // two L3, same domain
    [InlineData(true, "Evidence of domestic abuse", "Difficulty coping with anger frustration or upset")]             // L3 in two domains
    [InlineData(false, "Gang membership", "Poor home routine", "Inconsistent boundaries")]                            // two one level below
    [InlineData(true, "Gang membership", "Poor home routine", "Inconsistent boundaries", "Young Carer")]              // three one level below
    [InlineData(false, "Child has made a disclosure of physical or sexual harm", "Evidence of domestic abuse", "Gang membership", "Parent struggling to provide adequate care")] // Level 4: nothing higher
    public void Needs_may_combine_is_noted_both_sides_of_each_limit_without_changing_the_level(bool expected, params string[] indicators)
    {
        var single = Assess(indicators[0]);
        var a = Assess(indicators);
        Assert.Equal(expected, a.NeedsMayCombine);
        Assert.Equal(expected, a.Notes.Contains(Pack.Combine.Note));
        Assert.Equal(indicators.Max(i => Pack.Find(i)[0].Level), a.Level.Level);
        Assert.True(a.Level.Level >= single.Level.Level);
    }

    // Front door hours (local setting Mon-Fri 09:00-17:00, Europe/London): both sides of each limit, in GMT and BST.
    [Theory]
    [InlineData("2026-11-24T08:59:00Z", "out-of-hours")]       // GMT: 08:59 local
    [InlineData("2026-11-24T09:00:00Z", "front-door")]
    [InlineData("2026-11-24T16:59:00Z", "front-door")]
    [InlineData("2026-11-24T17:00:00Z", "out-of-hours")]
    [InlineData("2026-06-23T07:59:00Z", "out-of-hours")]       // BST: 08:59 local
    [InlineData("2026-06-23T08:00:00Z", "front-door")]         // BST: 09:00 local
    [InlineData("2026-06-23T15:59:00Z", "front-door")]         // BST: 16:59 local
    [InlineData("2026-06-23T16:00:00Z", "out-of-hours")]       // BST: 17:00 local
    [InlineData("2026-06-23T16:30:00+00:00", "out-of-hours")]  // 17:30 BST
    [InlineData("2026-06-23T17:30:00+01:00", "out-of-hours")]  // the same instant written with the BST offset
    [InlineData("2026-03-27T16:30:00Z", "front-door")]         // Friday before the clocks change: 16:30 GMT
    [InlineData("2026-03-30T16:30:00Z", "out-of-hours")]       // Monday after: 17:30 BST
    [InlineData("2026-11-27T16:59:00Z", "front-door")]         // Friday 16:59
    [InlineData("2026-11-27T17:00:00Z", "out-of-hours")]       // Friday 17:00
    [InlineData("2026-11-28T11:00:00Z", "out-of-hours")]       // Saturday
    [InlineData("2026-11-22T02:00:00Z", "out-of-hours")]       // Sunday night
    [InlineData("2026-12-25T10:00:00Z", "out-of-hours")]       // Christmas Day
    [InlineData("2026-12-28T10:00:00Z", "out-of-hours")]       // Boxing Day substitute (Monday)
    [InlineData("2026-12-29T10:00:00Z", "front-door")]
    public void Level_4_goes_to_the_front_door_in_hours_and_to_the_duty_team_out_of_hours(string at, string route)
    {
        var a = Engine.Assess(new AssessmentRequest(["ply.a1.1"], At(at), false, ConsentStatus.NotYetSought));
        Assert.Equal(route, WireNames.Of(a.Route.Kind));
        Assert.Equal(route == "front-door" ? "01752 668000" : "01752 346984", a.Route.Route.Phones[0]);
        Assert.Contains(Pack.FrontDoorHours.Note!, a.Notes);
    }

    [Fact]
    public void Out_of_hours_says_when_the_front_door_next_opens()
    {
        var a = Engine.Assess(new AssessmentRequest(["ply.a1.1"], At("2026-12-24T19:00:00Z"), false, ConsentStatus.NotYetSought));
        Assert.Equal(RouteKind.OutOfHours, a.Route.Kind);
        Assert.Contains("Plymouth Children's Gateway (Multi-Agency Safeguarding Hub, MASH) next opens on Tuesday 29 December 2026 at 09:00.", a.Route.Next);
    }

    [Fact]
    public void A_bank_holiday_is_named_in_the_notes()
    {
        var a = Engine.Assess(new AssessmentRequest(["ply.a1.1"], At("2026-12-28T10:00:00Z"), false, ConsentStatus.NotYetSought));
        Assert.Contains("Monday 28 December 2026 is a bank holiday in England: the front door counts it as out of hours.", a.Notes);
    }

    [Theory]
    [InlineData("Poor home routine", "early-help")]
    [InlineData("Evidence of domestic abuse", "early-help")]
    [InlineData("Good physical health", "universal")]
    public void Levels_below_4_ignore_the_hours(string indicator, string route)
    {
        var night = Engine.Assess(new AssessmentRequest([indicator], At("2026-11-22T02:00:00Z"), false, ConsentStatus.NotYetSought));
        Assert.Equal(route, WireNames.Of(night.Route.Kind));
        Assert.DoesNotContain(Pack.FrontDoorHours.Note!, night.Notes);
    }

    [Fact]
    public void Level_3_adds_the_gateway_to_the_early_help_steps()
    {
        var a = Assess("Evidence of domestic abuse");
        Assert.Contains(a.Route.Next, n => n.Contains("inform the Gateway", StringComparison.Ordinal));
        Assert.DoesNotContain(Assess("Poor home routine").Route.Next, n => n.Contains("inform the Gateway", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Good physical health", "2026-11-24T11:00:00Z", "front-door")]
    [InlineData("Poor home routine", "2026-11-22T02:00:00Z", "out-of-hours")]
    [InlineData("ply.a1.3", "2026-11-24T11:00:00Z", "front-door")]
    public void Immediate_danger_is_999_first_then_the_front_door_or_duty_team(string indicator, string at, string then)
    {
        var a = Engine.Assess(new AssessmentRequest([indicator], At(at), true, ConsentStatus.NotYetSought));
        Assert.Equal(RouteKind.Emergency, a.Route.Kind);
        Assert.Equal(["999"], a.Route.Route.Phones);
        Assert.Equal(then, WireNames.Of(a.Route.Then!.Kind));
    }

    [Theory]
    [InlineData(ConsentStatus.NotYetSought, ConsentKind.Seek)]
    [InlineData(ConsentStatus.Given, ConsentKind.Given)]
    [InlineData(ConsentStatus.Declined, ConsentKind.Declined)]
    [InlineData(ConsentStatus.WouldPlaceAtRisk, ConsentKind.OverrideRisk)]
    public void Consent_status_maps_to_the_consent_step(ConsentStatus status, ConsentKind kind)
    {
        var a = Engine.Assess(new AssessmentRequest(["Poor home routine"], TuesdayMorning, false, status));
        Assert.Equal(kind, a.Consent.Kind);
        Assert.Equal("000_6a5768a38302bb74.txt, Consent", a.Consent.Source);
    }

    [Fact]
    public void At_level_4_seeking_consent_warns_about_placing_someone_at_risk()
    {
        var level4 = Engine.Assess(new AssessmentRequest(["ply.a1.1"], TuesdayMorning, false, ConsentStatus.NotYetSought));
        var level2 = Engine.Assess(new AssessmentRequest(["Poor home routine"], TuesdayMorning, false, ConsentStatus.NotYetSought));
        Assert.Contains(level4.Consent.Steps, s => s.Contains("unless doing so would place the child or an adult at risk", StringComparison.Ordinal));
        Assert.DoesNotContain(level2.Consent.Steps, s => s.Contains("unless doing so would place the child or an adult at risk", StringComparison.Ordinal));
    }

    [Fact]
    public void Sharing_without_consent_says_to_record_the_rationale()
    {
        var a = Engine.Assess(new AssessmentRequest(["Forced Marriage"], TuesdayMorning, false, ConsentStatus.WouldPlaceAtRisk));
        Assert.Contains(a.Consent.Steps, s => s.Contains("record your decision making and rationale", StringComparison.Ordinal));
    }

    [Fact]
    public void Configured_hours_replace_the_packs()
    {
        var hours = OpeningHours.Parse("Mon-Fri 08:00-18:00", true, false, "configured");
        var engine = new ThresholdEngine(Pack, hours);
        var a = engine.Assess(new AssessmentRequest(["ply.a1.1"], At("2026-11-24T17:30:00Z"), false, ConsentStatus.NotYetSought));
        Assert.Equal(RouteKind.FrontDoor, a.Route.Kind);
        Assert.Contains("configured", a.Notes);
    }
}

public sealed class WhoToCallTests
{
    private static readonly ThresholdEngine Engine = new(ThresholdEngineTests.Pack);

    [Theory]
    [InlineData("2026-11-24T11:00:00Z", true, "01752 668000", null)]
    [InlineData("2026-11-22T02:00:00Z", false, "01752 346984", "2026-11-23T09:00:00")]
    [InlineData("2026-12-28T10:00:00Z", false, "01752 346984", "2026-12-29T09:00:00")]
    [InlineData("2026-07-03T15:59:00Z", true, "01752 668000", null)]                    // Friday 16:59 BST
    [InlineData("2026-07-03T16:00:00Z", false, "01752 346984", "2026-07-06T09:00:00")]  // Friday 17:00 BST
    public void Says_whether_the_front_door_is_open_and_which_number_to_call(string at, bool open, string callNow, string? nextOpens)
    {
        var who = Engine.WhoToCallAt(NodaTime.Text.InstantPattern.ExtendedIso.Parse(at).Value);
        Assert.Equal(open, who.FrontDoor.Open);
        Assert.Equal(callNow, who.CallNow.Phones[0]);
        Assert.Equal(nextOpens, who.FrontDoor.NextOpens is { } n ? NodaTime.Text.LocalDateTimePattern.GeneralIso.Format(n) : null);
        Assert.Equal(["999"], who.Emergency.Phones);
        Assert.Equal(["01752 346984"], who.OutOfHours.Phones);
        Assert.Contains(ThresholdEngineTests.Pack.FrontDoorHours.Note!, who.Notes);
    }
}
