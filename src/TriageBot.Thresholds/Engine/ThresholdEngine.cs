using System.Collections.Frozen;
using NodaTime;
using NodaTime.Text;
using TriageBot.Thresholds.Calendar;
using TriageBot.Thresholds.Model;

namespace TriageBot.Thresholds.Engine;

/// <summary>
/// The deterministic threshold engine for one framework pack: same request, same answer, on any machine and in
/// any time zone. Pure: no I/O, no clock (the request carries the instant).
/// </summary>
/// <remarks>
/// Rules, from the design brief:
/// the level is the highest level among the indicators evidenced (a significant-harm sign is Level 4);
/// "needs may combine" is noted, never applied, when indicators at the level span
/// <see cref="CombineRule.DistinctDomainsAtLevel"/> domains or <see cref="CombineRule.IndicatorsOneLevelBelow"/> sit one level below;
/// immediate danger routes to 999 whatever the level; Level 4 goes to the front door while it is open and to the
/// out-of-hours team otherwise (weekends and England's bank holidays included).
/// </remarks>
public sealed class ThresholdEngine
{
    private static readonly LocalDateTimePattern SpokenTime = LocalDateTimePattern.CreateWithInvariantCulture("dddd d MMMM yyyy 'at' HH:mm");
    private static readonly LocalDatePattern SpokenDate = LocalDatePattern.CreateWithInvariantCulture("dddd d MMMM yyyy");

    private readonly FrameworkPack _pack;
    private readonly OpeningHours _hours;
    private readonly FrozenDictionary<Indicator, int> _order;
    private readonly Comparison<Indicator> _highestFirst;
    private readonly ConsentAdvice[] _consentBelow4;
    private readonly ConsentAdvice[] _consentAt4;

    /// <param name="pack">The framework the answers come from.</param>
    /// <param name="frontDoorHours">Configured front-door hours; null uses the pack's.</param>
    public ThresholdEngine(FrameworkPack pack, OpeningHours? frontDoorHours = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _pack = pack;
        _hours = frontDoorHours ?? pack.FrontDoorHours;
        // Keyed by identity: the pack hands out the same instances, and hashing a record's fields would cost more.
        _order = pack.Indicators.Select((indicator, index) => (indicator, index)).ToFrozenDictionary<(Indicator indicator, int index), Indicator, int>(p => p.indicator, p => p.index, ReferenceEqualityComparer.Instance);
        _highestFirst = (a, b) => a.Level != b.Level ? b.Level.CompareTo(a.Level) : _order[a].CompareTo(_order[b]);
        _consentBelow4 = [.. Enum.GetValues<ConsentKind>().Select(k => Advice(pack.Consent(k), level4: false))];
        _consentAt4 = [.. Enum.GetValues<ConsentKind>().Select(k => Advice(pack.Consent(k), level4: true))];
    }

    public FrameworkPack Pack => _pack;

    /// <summary>The front-door hours in force (configured, or the pack's).</summary>
    public OpeningHours FrontDoorHours => _hours;

    /// <summary>Answers a request, or throws <see cref="AssessmentException"/> naming what is wrong with it.</summary>
    public Assessment Assess(AssessmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var indicators = Resolve(request.Indicators);
        if (request.ChildAgeYears is < 0 or > 17)
        {
            throw new AssessmentException("bad-request", $"child.ageYears {request.ChildAgeYears} is outside 0 to 17: the thresholds are for children under 18.");
        }

        var top = indicators[0];
        var level = _pack.Level(top.Level);
        var frontDoor = FrontDoor(request.At);
        var notes = new List<string>(4);
        var combine = NeedsMayCombine(indicators, top.Level);
        if (combine)
        {
            notes.Add(_pack.Combine.Note);
        }

        var route = Route(level, frontDoor, request.ImmediateDanger, notes);
        var consentKind = request.Consent switch
        {
            ConsentStatus.Given => ConsentKind.Given,
            ConsentStatus.Declined => ConsentKind.Declined,
            ConsentStatus.WouldPlaceAtRisk => ConsentKind.OverrideRisk,
            _ => ConsentKind.Seek,
        };
        var consent = (top.Level == 4 ? _consentAt4 : _consentBelow4)[(int)consentKind];

        return new Assessment(_pack, level, RuleFor(indicators, top), indicators, Strengths(indicators), combine, route, consent, frontDoor, notes);
    }

    /// <summary>Who to call at an instant for a Level 4 concern, with the 999 reminder.</summary>
    public WhoToCall WhoToCallAt(Instant at)
    {
        var frontDoor = FrontDoor(at);
        var notes = new List<string>(2);
        AddHoursNotes(frontDoor, notes);
        var open = _pack.Route(RouteKind.FrontDoor);
        var closed = _pack.Route(RouteKind.OutOfHours);
        return new WhoToCall(_pack.Area, frontDoor, open, closed, _pack.Route(RouteKind.Emergency), frontDoor.Open ? open : closed, notes);
    }

    /// <summary>The front door's state at an instant, in the area's local time.</summary>
    public FrontDoorStatus FrontDoor(Instant at)
    {
        var local = at.InZone(_pack.TimeZone).LocalDateTime;
        var open = _hours.IsOpen(local);
        return new FrontDoorStatus(local, open, open ? null : _hours.NextOpening(local), EnglandBankHolidays.IsBankHoliday(local.Date), _hours.StatedInDocuments);
    }

    private Indicator[] Resolve(IReadOnlyList<string> requested)
    {
        if (requested.Count == 0)
        {
            throw new AssessmentException("no-indicators", "No indicators were given: name at least one indicator by id or by its text (list them with: TriageBot.Cli indicators --area " + _pack.Area + ").");
        }

        var result = new Indicator[requested.Count];
        var count = 0;
        foreach (var item in requested)
        {
            if (string.IsNullOrWhiteSpace(item))
            {
                throw new AssessmentException("unknown-indicator", "An indicator is empty: give an id or the indicator's text.");
            }

            var matches = _pack.Find(item);
            if (matches.Length == 0)
            {
                var suggestions = _pack.Search(item);
                throw new AssessmentException("unknown-indicator", $"Unknown indicator \"{item}\" in the {_pack.Id} framework: give an id or the exact text (find them with: TriageBot.Cli indicators --area {_pack.Area} --search WORDS).", suggestions.Count <= 5 ? suggestions : null);
            }

            if (matches.Length > 1)
            {
                throw new AssessmentException("ambiguous-indicator", $"\"{item}\" is the text of {matches.Length} indicators: give one of their ids instead ({string.Join(", ", matches.ToArray().Select(m => $"{m.Id} at Level {m.Level}"))}).", matches.ToArray());
            }

            if (!Contains(result, count, matches[0]))
            {
                result[count++] = matches[0];
            }
        }

        if (count < result.Length)
        {
            Array.Resize(ref result, count);
        }

        Array.Sort(result, _highestFirst);
        return result;
    }

    private static bool Contains(Indicator[] found, int count, Indicator candidate)
    {
        for (var n = 0; n < count; n++)
        {
            if (ReferenceEquals(found[n], candidate))
            {
                return true;
            }
        }

        return false;
    }

    private bool NeedsMayCombine(Indicator[] indicators, int level)
    {
        if (level == 4)
        {
            return false; // nothing is higher than statutory
        }

        var domainsAtLevel = 0;
        var oneBelow = 0;
        for (var n = 0; n < indicators.Length; n++)
        {
            var i = indicators[n];
            if (i.Level == level && i.Domain is not null && FirstOfItsDomainAtLevel(indicators, n))
            {
                domainsAtLevel++;
            }
            else if (i.Level == level - 1)
            {
                oneBelow++;
            }
        }

        return domainsAtLevel >= _pack.Combine.DistinctDomainsAtLevel || oneBelow >= _pack.Combine.IndicatorsOneLevelBelow;
    }

    // Quadratic, but a request names tens of indicators at most, and it allocates nothing.
    private static bool FirstOfItsDomainAtLevel(Indicator[] indicators, int index)
    {
        var current = indicators[index];
        for (var n = 0; n < index; n++)
        {
            if (indicators[n].Level == current.Level && indicators[n].Domain == current.Domain)
            {
                return false;
            }
        }

        return true;
    }

    private static Indicator[] Strengths(Indicator[] indicators)
    {
        var count = 0;
        foreach (var i in indicators)
        {
            count += i.Level == 1 ? 1 : 0;
        }

        return count == 0 ? [] : Array.FindAll(indicators, i => i.Level == 1);
    }

    private static string RuleFor(Indicator[] indicators, Indicator top)
    {
        foreach (var i in indicators)
        {
            if (i.SignificantHarm)
            {
                return $"Level 4 because \"{i.Text}\" is a sign of significant harm ({i.Source}); any one of them is a Level 4 concern.";
            }
        }

        var atTop = 0;
        foreach (var i in indicators)
        {
            atTop += i.Level == top.Level ? 1 : 0;
        }

        return indicators.Length == 1
            ? $"Level {top.Level} because the one indicator given is a Level {top.Level} indicator."
            : $"Level {top.Level} because it is the highest level among the {indicators.Length} indicators given ({atTop} at Level {top.Level}).";
    }

    private RouteAdvice Route(LevelInfo level, FrontDoorStatus frontDoor, bool immediateDanger, List<string> notes)
    {
        var statutory = level.Level == 4 || immediateDanger;
        if (statutory)
        {
            AddHoursNotes(frontDoor, notes);
        }

        var levelRoute = level.Level == 4 ? FrontDoorOrOutOfHours(frontDoor) : Plain(level);
        if (!immediateDanger)
        {
            return levelRoute;
        }

        var then = level.Level == 4 ? levelRoute : FrontDoorOrOutOfHours(frontDoor);
        var emergency = _pack.Route(RouteKind.Emergency);
        return new RouteAdvice(emergency, emergency.Next, then);
    }

    private RouteAdvice Plain(LevelInfo level)
    {
        var route = _pack.Route(level.Route);
        return new RouteAdvice(route, level.Next.Count == 0 ? route.Next : [.. route.Next, .. level.Next], null);
    }

    private RouteAdvice FrontDoorOrOutOfHours(FrontDoorStatus frontDoor)
    {
        if (frontDoor.Open)
        {
            var open = _pack.Route(RouteKind.FrontDoor);
            return new RouteAdvice(open, open.Next, null);
        }

        var closed = _pack.Route(RouteKind.OutOfHours);
        if (frontDoor.NextOpens is not { } next)
        {
            return new RouteAdvice(closed, closed.Next, null);
        }

        var frontDoorName = _pack.Route(RouteKind.FrontDoor).Service;
        return new RouteAdvice(closed, [.. closed.Next, $"{frontDoorName} next opens on {SpokenTime.Format(next)}."], null);
    }

    private void AddHoursNotes(FrontDoorStatus frontDoor, List<string> notes)
    {
        if (frontDoor.IsBankHoliday)
        {
            notes.Add($"{SpokenDate.Format(frontDoor.LocalTime.Date)} is a bank holiday in England: the front door counts it as out of hours.");
        }

        if (!_hours.StatedInDocuments && _hours.Note is { } note)
        {
            notes.Add(note);
        }
    }

    private static ConsentAdvice Advice(ConsentGuidance guidance, bool level4) =>
        new(guidance.Kind, level4 && guidance.AtLevel4.Count > 0 ? [.. guidance.AtLevel4, .. guidance.Steps] : guidance.Steps, guidance.Source);
}
