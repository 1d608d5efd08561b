using System.Runtime.CompilerServices;
using NodaTime;
using TriageBot.Cards;
using TriageBot.Cards.Builders;
using TriageBot.Cards.Views;
using TriageBot.Dialogs.Engine;
using TriageBot.Thresholds.Engine;
using TriageBot.Thresholds.Model;
using CardRoute = TriageBot.Cards.Views.RouteKind;
using CardConsent = TriageBot.Cards.Views.ConsentKind;

namespace TriageBot.Dialogs.Triage;

/// <summary>Turns the engine's answers into the cards the professional reads, each with its plain-text twin.</summary>
public static class TriageMessages
{
    // A pack level's services are the same on every answer at that level, so they are made once per level (keyed by
    // the level itself, not by its value), not once per answer.
    private static readonly ConditionalWeakTable<LevelInfo, LevelServices> s_services = new();

    public static BotMessage ToMessage(CardResult card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new BotMessage(card.Text, card.Utf8Json);
    }

    public static BotMessage Welcome(TriageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return ToMessage(WelcomeCard.Build(new WelcomeView(content.AreaName)));
    }

    public static BotMessage Message(string title, string text, MessageTone tone = MessageTone.Info, params IReadOnlyList<CommandButton> buttons) =>
        ToMessage(MessageCard.Build(new MessageView(title, text, tone) { Buttons = buttons }));

    /// <summary>Said at once when the child is in immediate danger, before any other question.</summary>
    public static BotMessage CallNineNineNine(TriageContent content, Instant now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var who = content.Engine.WhoToCallAt(now);
        var then = who.CallNow;
        return Message(
            "Call 999 now",
            $"If the child is in immediate danger, call 999 now. When the child is safe, tell {then.Service} on {string.Join(" or ", then.Phones)}. I'll carry on with the questions so you have what they will ask for.",
            MessageTone.Problem);
    }

    public static BotMessage Recommendation(TriageContent content, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(assessment);
        return ToMessage(RecommendationCard.Build(RecommendationView(content, assessment)));
    }

    public static RecommendationView RecommendationView(TriageContent content, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(assessment);
        var route = assessment.Route;
        var next = route.Then is { } then
            ? [.. route.Next, $"Then contact {then.Route.Service}: {string.Join(" or ", then.Route.Phones)}.", .. then.Next]
            : route.Next;
        var phones = route.Then is { } t ? [.. route.Route.Phones, .. t.Route.Phones] : route.Route.Phones;
        return new RecommendationView
        {
            AreaName = content.AreaName,
            Level = Level(assessment.Level, assessment.Framework),
            LevelMeaning = assessment.Level.Summary,
            ImmediateDanger = route.Kind == Thresholds.Model.RouteKind.Emergency,
            Route = new RouteView(Route(route.Kind), route.Route.Service, phones, next),
            Consent = new ConsentView(Consent(assessment.Consent.Kind), assessment.Consent.Steps),
            Indicators = [.. assessment.Indicators.Select(Indicator)],
            CombineNote = assessment.NeedsMayCombine ? assessment.Framework.Combine.Note : null,
            Services = Services(assessment.Level, assessment.Framework),
            Notes = [assessment.Rule, .. assessment.Notes.Where(n => n != assessment.Framework.Combine.Note)],
        };
    }

    public static BotMessage WhoToCall(TriageContent content, Instant now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var who = content.Engine.WhoToCallAt(now);
        var hours = content.Engine.FrontDoorHours;
        return ToMessage(WhoToCallCard.Build(new WhoToCallView
        {
            AreaName = content.AreaName,
            FrontDoorOpenNow = who.FrontDoor.Open,
            FrontDoor = new ContactView(who.FrontDoorRoute.Service, who.FrontDoorRoute.Phones),
            OutOfHours = new ContactView(who.OutOfHours.Service, who.OutOfHours.Phones),
            NextOpens = who.FrontDoor.NextOpens is { } opens ? new DateTimeOffset(opens.ToDateTimeUnspecified(), TimeSpan.Zero) : null,
            Hours = hours.Describe(),
            HoursAreLocalSetting = !hours.StatedInDocuments,
            Notes = who.Notes,
        }));
    }

    public static LevelView Level(LevelInfo level, FrameworkPack pack)
    {
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(pack);
        return new LevelView(level.Level, pack.Levels.Count, level.Name);
    }

    public static IndicatorView Indicator(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var comma = indicator.Source.IndexOf(", ", StringComparison.Ordinal);
        return comma < 0
            ? new IndicatorView(indicator.Text, indicator.Level, indicator.Source, "(whole document)")
            : new IndicatorView(indicator.Text, indicator.Level, indicator.Source[..comma], indicator.Source[(comma + 2)..]);
    }

    public static CardConsent Consent(Thresholds.Model.ConsentKind kind) => kind switch
    {
        Thresholds.Model.ConsentKind.Given => CardConsent.Given,
        Thresholds.Model.ConsentKind.Declined => CardConsent.Declined,
        Thresholds.Model.ConsentKind.OverrideRisk => CardConsent.OverrideRisk,
        _ => CardConsent.Seek,
    };

    private static CardRoute Route(Thresholds.Model.RouteKind kind) => OutputWords.ParseRouteKind(WireNames.Of(kind));

    /// <summary>The level's own service list, then the document's useful contacts with their numbers.</summary>
    private static IReadOnlyList<ServiceView> Services(LevelInfo level, FrameworkPack pack)
    {
        if (s_services.TryGetValue(level, out var known) && ReferenceEquals(known.Pack, pack))
        {
            return known.Services;
        }

        IReadOnlyList<ServiceView> services = [.. level.Services.Select(Service), .. pack.Contacts.Select(c => new ServiceView(c.Name, c.Dial[0], c.Source))];
        s_services.AddOrUpdate(level, new LevelServices(pack, services));
        return services;
    }

    // "SCHOOLS – all schools will ..." → name "SCHOOLS", detail the rest (the source's own words).
    private static ServiceView Service(string line)
    {
        foreach (var separator in new[] { " – ", " - ", "- ", ". " })
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at < 80)
            {
                return new ServiceView(line[..at].Trim(), null, line[(at + separator.Length)..].Trim());
            }
        }

        return new ServiceView(line);
    }

    private sealed record LevelServices(FrameworkPack Pack, IReadOnlyList<ServiceView> Services);
}
