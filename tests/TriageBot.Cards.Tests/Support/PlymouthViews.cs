using TriageBot.Cards.Builders;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Tests.Support;

/// <summary>
/// Realistic views built from Plymouth's own texts and the routes in the design brief, the way the lead's
/// mapping from engine and dialog results will fill them.
/// </summary>
internal static class PlymouthViews
{
    public const string Document = "001_9322bea10a27a627.txt";
    public const string Gateway = "Plymouth Children's Gateway / MASH";
    public const string GatewayPhone = "01752 668000";
    public const string OutOfHoursTeam = "Out of Hours Emergency Duty Team";
    public const string OutOfHoursPhone = "01752 346984";
    public const string HoursNote = "Opening hours are a local setting: the Plymouth documents say \"normal working hours\" without times.";

    private static PlymouthInventory Inventory => PlymouthInventory.Load;

    public static LevelView Statutory { get; } = new(4, 4, "Statutory");

    public static LevelView TargetedEarlyHelp { get; } = new(3, 4, "Targeted Early Help");

    public static LevelView Universal { get; } = new(1, 4, "Universal");

    public static IndicatorView Appendix1(string text)
    {
        Assert.Contains(text, Inventory.Appendix1);
        return new IndicatorView(text, 4, Document, "Appendix 1");
    }

    public static IndicatorView PartTwo(string text) => PartTwo(Inventory.Indicator(text));

    public static IndicatorView PartTwo(InventoryIndicator indicator) =>
        new(indicator.Text, indicator.Level, Document, $"Part Two, Level {indicator.Level}, {indicator.Dimension}");

    public static QuestionView Question(string text, QuestionKind kind, int number, int total, IReadOnlyList<AnswerOption>? options = null) =>
        Question(Inventory.Question(text), kind, number, total, options);

    public static QuestionView Question(InventoryQuestion question, QuestionKind kind, int number, int total, IReadOnlyList<AnswerOption>? options = null) =>
        new()
        {
            Topic = Topic(question.Topic),
            Prompt = question.Prompt,
            Number = number,
            Total = total,
            Text = question.Question,
            Source = $"{Document}, Appendix 2 ({Topic(question.Topic)})",
            Kind = kind,
            Options = options ?? [],
            Nonce = $"q-{number}-7f3a",
            CanGoBack = number > 1,
            CanSkip = true,
        };

    /// <summary>"DRUGS / ALCOHOL" becomes "Drugs / alcohol": the card does not shout.</summary>
    public static string Topic(string topic) => string.Concat(topic[..1], topic[1..].ToLowerInvariant());

    public static ConsentView SeekConsent { get; } = new(ConsentKind.Seek,
    [
        "Tell the parents what you are worried about and that you want to share it with the Gateway, unless doing so would place the child or an adult at risk.",
        "Record their answer on the MASH Contact form.",
    ]);

    /// <summary>ply-01: a 7-year-old's disclosure, reported on a Tuesday morning.</summary>
    public static RecommendationView Disclosure() => new()
    {
        AreaName = "Plymouth",
        Level = Statutory,
        LevelMeaning = "The child may be suffering significant harm: children's social care needs to hear about this today.",
        Route = new RouteView(RouteKind.FrontDoor, Gateway, [GatewayPhone],
        [
            "Call the Gateway now and say you are calling about a child protection concern.",
            "Follow the call with a written MASH Contact form the same day.",
            "Tell your safeguarding lead what you have done.",
        ]),
        Consent = SeekConsent,
        Indicators = [Appendix1("Child has made a disclosure of physical or sexual harm")],
        Services =
        [
            new ServiceView("Local Authority Designated Officer (Plymouth City Council)", "01752 307144", "if the concern is about someone who works with children"),
            new ServiceView("Plymouth Domestic Abuse Service", "01752 252033"),
            new ServiceView("NSPCC", "0844 892 0288"),
        ],
        Notes = [HoursNote],
    };

    /// <summary>ply-03: dad passed out drunk, a 3-year-old alone near the hob.</summary>
    public static RecommendationView ImmediateDanger() => new()
    {
        AreaName = "Plymouth",
        Level = Statutory,
        LevelMeaning = "The child is at risk of significant harm now.",
        ImmediateDanger = true,
        Route = new RouteView(RouteKind.Emergency, "Police and ambulance", ["999"],
        [
            "Call 999 now.",
            "When the child is safe, call the Gateway and follow up with a MASH Contact form the same day.",
        ]),
        Consent = new ConsentView(ConsentKind.OverrideRisk,
        [
            "Do not wait to seek consent: seeking it now would place the child at risk.",
            "Record your decision and why on your records and on the MASH Contact form.",
            "Usually decide this with a senior safeguarding lead.",
        ]),
        Indicators = [Appendix1("Parent is intoxicated or under influence of substances and unable to safely care for the child")],
    };

    /// <summary>ply-05: domestic abuse at home and a 12-year-old fighting at school: two domains at Level 3.</summary>
    public static RecommendationView CombinedNeeds() => new()
    {
        AreaName = "Plymouth",
        Level = TargetedEarlyHelp,
        LevelMeaning = "The family needs coordinated early help from more than one service.",
        Route = new RouteView(RouteKind.EarlyHelp, "Early Help Advice and Support Team", [GatewayPhone],
        [
            "Talk to the family about an Early Help Assessment (EHAST).",
            "Call the Early Help Advice and Support Team if you need advice on the right support.",
        ]),
        Consent = SeekConsent,
        Indicators =
        [
            PartTwo("Evidence of domestic abuse"),
            PartTwo("Difficulty coping with anger frustration or upset"),
        ],
        CombineNote = "Needs may combine to a higher level — discuss with your safeguarding lead.",
        Services = [new ServiceView("Plymouth Domestic Abuse Service", "01752 252033"), new ServiceView("Plymouth Online Directory", Detail: "www.plymouthonlinedirectory.com")],
    };

    public static RecommendationView UniversalNeeds() => new()
    {
        AreaName = "Plymouth",
        Level = Universal,
        LevelMeaning = "The child's needs are met by the services every child uses.",
        Route = new RouteView(RouteKind.Universal, "Your own service (school, health visitor, GP)", [], ["Keep supporting the child and note what you saw."]),
        Consent = new ConsentView(ConsentKind.Given, ["Record that the family agreed."]),
        Indicators = [PartTwo("Good physical health")],
    };

    public static WhoToCallView WhoToCall(bool open) => new()
    {
        AreaName = "Plymouth",
        FrontDoorOpenNow = open,
        FrontDoor = new ContactView(Gateway, [GatewayPhone]),
        OutOfHours = new ContactView(OutOfHoursTeam, [OutOfHoursPhone]),
        NextOpens = open ? null : new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero),
        Hours = "Monday to Friday, 09:00 to 17:00",
        HoursAreLocalSetting = true,
    };

    public const string ConcernWords = "A 7-year-old told her teacher this morning that her mum's boyfriend hurts her when mum is at work.";
    public const string ChildWords = "He hurts me when mummy is at work and I'm not allowed to tell.";

    public static HandoffView Handoff() => new()
    {
        AreaName = "Plymouth",
        FormName = "MASH Contact form",
        Fields =
        [
            new(HandoffSection.NatureOfConcerns, ConcernWords),
            new(HandoffSection.ChildsOwnWords, ChildWords),
            new(HandoffSection.LevelAndIndicators, HandoffCard.LevelAndIndicators(Statutory, [Appendix1("Child has made a disclosure of physical or sexual harm")])),
            new(HandoffSection.HarmOrRisk, null),
            new(HandoffSection.DevelopmentalNeeds, null),
            new(HandoffSection.ParentalCapacity, null),
            new(HandoffSection.FamilyAndEnvironment, null),
            new(HandoffSection.Strengths, null),
            new(HandoffSection.ViewsOfChildAndFamily, null),
            new(HandoffSection.ConsentStatus, HandoffCard.ConsentStatus(ConsentKind.Seek)),
            new(HandoffSection.WhatHasBeenTried, "Class teacher spoke with mum on 10 November about bruising; mum said she fell."),
            new(HandoffSection.AgenciesInvolved, null),
            new(HandoffSection.ChildDetails, null),
            new(HandoffSection.ParentsCarersDetails, null),
            new(HandoffSection.ReferrerDetails, null),
        ],
    };
}
