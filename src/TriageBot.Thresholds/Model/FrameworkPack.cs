using System.Collections.Frozen;
using NodaTime;
using TriageBot.Thresholds.Calendar;

namespace TriageBot.Thresholds.Model;

/// <summary>
/// A local authority's threshold framework as data: indicators by level, levels, routes, consent guidance and
/// front-door hours. Immutable once loaded; look-ups by id or text are allocation-free.
/// </summary>
public sealed class FrameworkPack
{
    private readonly FrozenDictionary<string, Indicator[]> _byId;
    private readonly Dictionary<string, Indicator[]> _byTextKey;
    private readonly Dictionary<string, Indicator[]>.AlternateLookup<ReadOnlySpan<char>> _byTextSpan;
    private readonly FrozenDictionary<RouteKind, Route> _routes;
    private readonly FrozenDictionary<ConsentKind, ConsentGuidance> _consent;

    internal FrameworkPack(
        string id, string version, string area, string title, DateTimeZone timeZone,
        IReadOnlyList<SourceDocument> documents, IReadOnlyList<Domain> domains, IReadOnlyList<LevelInfo> levels,
        IReadOnlyList<Indicator> indicators, IReadOnlyList<Route> routes, IReadOnlyList<ConsentGuidance> consent,
        CombineRule combine, OpeningHours frontDoorHours, IReadOnlyList<Contact> contacts)
    {
        Id = id;
        Version = version;
        Area = area;
        Title = title;
        TimeZone = timeZone;
        Documents = documents;
        Domains = domains;
        Levels = levels;
        Indicators = indicators;
        Routes = routes;
        ConsentGuidance = consent;
        Combine = combine;
        FrontDoorHours = frontDoorHours;
        Contacts = contacts;
        _byId = indicators.ToFrozenDictionary(i => i.Id, i => new[] { i }, StringComparer.OrdinalIgnoreCase);
        _byTextKey = indicators.GroupBy(i => IndicatorText.Key(i.Text)).ToDictionary(g => g.Key, g => g.ToArray());
        _byTextSpan = _byTextKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _routes = routes.ToFrozenDictionary(r => r.Kind);
        _consent = consent.ToFrozenDictionary(c => c.Kind);
    }

    public string Id { get; }

    public string Version { get; }

    /// <summary>The area key used in requests, e.g. "plymouth".</summary>
    public string Area { get; }

    public string Title { get; }

    /// <summary>The area's local time zone (Europe/London for the English areas).</summary>
    public DateTimeZone TimeZone { get; }

    public IReadOnlyList<SourceDocument> Documents { get; }

    public IReadOnlyList<Domain> Domains { get; }

    /// <summary>Levels 1 to 4 in order.</summary>
    public IReadOnlyList<LevelInfo> Levels { get; }

    /// <summary>Every indicator in document order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    public IReadOnlyList<Route> Routes { get; }

    public IReadOnlyList<ConsentGuidance> ConsentGuidance { get; }

    public CombineRule Combine { get; }

    /// <summary>The front door's hours as the pack gives them; a configured value may replace them (see ThresholdEngine).</summary>
    public OpeningHours FrontDoorHours { get; }

    /// <summary>Useful contacts as the document lists them (Plymouth: Appendix 3), in document order.</summary>
    public IReadOnlyList<Contact> Contacts { get; }

    public LevelInfo Level(int level) => Levels[level - 1];

    public Route Route(RouteKind kind) => _routes[kind];

    public ConsentGuidance Consent(ConsentKind kind) => _consent[kind];

    public Indicator? FindById(string id) => _byId.TryGetValue(id, out var one) ? one[0] : null;

    /// <summary>
    /// Every indicator whose text matches <paramref name="idOrText"/> ignoring case, punctuation and spacing,
    /// or the one with that id. More than one result means the text is ambiguous: ask for an id.
    /// </summary>
    public ReadOnlySpan<Indicator> Find(string idOrText)
    {
        ArgumentNullException.ThrowIfNull(idOrText);
        if (_byId.TryGetValue(idOrText, out var byId))
        {
            return byId;
        }

        Span<char> key = idOrText.Length <= 512 ? stackalloc char[idOrText.Length] : new char[idOrText.Length];
        var length = IndicatorText.Key(idOrText, key);
        return _byTextSpan.TryGetValue(key[..length], out var matches) ? matches : [];
    }

    /// <summary>Indicators whose text or id contains every word of <paramref name="words"/> (any order, ignoring case).</summary>
    public IReadOnlyList<Indicator> Search(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var terms = words.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Select(IndicatorText.Key).Where(t => t.Length > 0).ToArray();
        return [.. Indicators.Where(i =>
        {
            var haystack = IndicatorText.Key(i.Text + " " + i.Id + " " + i.Dimension);
            return terms.All(t => haystack.Contains(t, StringComparison.Ordinal));
        })];
    }
}
