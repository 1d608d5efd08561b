using System.Globalization;
using System.Text.Json;
using NodaTime;
using TriageBot.Thresholds.Calendar;
using TriageBot.Thresholds.Model;

namespace TriageBot.Thresholds.Packs;

/// <summary>
/// Reads a framework pack file and checks it: shape, required fields, duplicate ids, unknown domains or routes,
/// missing sources, and texts that appear more than once (a warning: look-up by such a text asks for an id).
/// </summary>
public static class PackReader
{
    private static readonly string[] LevelRouteKinds = ["front-door", "early-help", "universal"];

    /// <summary>The packs built into TriageBot, by area.</summary>
    public static IReadOnlyList<string> EmbeddedAreas { get; } = ["plymouth"];

    /// <summary>Loads a pack built into the assembly, e.g. "plymouth".</summary>
    public static FrameworkPack LoadEmbedded(string area)
    {
        ArgumentNullException.ThrowIfNull(area);
        var name = $"TriageBot.Thresholds.Packs.{area}.json";
        using var stream = typeof(PackReader).Assembly.GetManifestResourceStream(name)
            ?? throw new ArgumentException($"No built-in framework pack for area '{area}'. Built in: {string.Join(", ", EmbeddedAreas)}.", nameof(area));
        return Load(stream, name);
    }

    /// <summary>Loads a pack, throwing <see cref="PackException"/> with every error found.</summary>
    public static FrameworkPack Load(Stream stream, string name)
    {
        var (pack, problems) = Read(stream);
        return pack ?? throw new PackException(name, problems);
    }

    /// <summary>Reads and checks a pack; the pack is null when there is any error.</summary>
    public static (FrameworkPack? Pack, IReadOnlyList<PackProblem> Problems) Read(Stream stream)
    {
        PackDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize(stream, PackJsonContext.Default.PackDocument);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "$" : e.Path;
            var line = e.LineNumber is { } l ? $" (line {l + 1})" : "";
            return (null, [new PackProblem(ProblemSeverity.Error, where, $"not valid pack JSON{line}: {FirstSentence(e.Message)}")]);
        }

        if (doc is null)
        {
            return (null, [new PackProblem(ProblemSeverity.Error, "$", "the file holds no pack object")]);
        }

        var check = new Checker();
        var pack = check.Build(doc);
        return (check.HasErrors ? null : pack, check.Problems);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..(cut + 1)] : message;
    }

    private sealed class Checker
    {
        private readonly List<PackProblem> _problems = [];

        public IReadOnlyList<PackProblem> Problems => _problems;

        public bool HasErrors => _problems.Exists(p => p.Severity == ProblemSeverity.Error);

        private void Error(string path, string message) => _problems.Add(new PackProblem(ProblemSeverity.Error, path, message));

        private void Warning(string path, string message) => _problems.Add(new PackProblem(ProblemSeverity.Warning, path, message));

        private string Required(string? value, string path)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Error(path, "is missing or empty");
                return "";
            }

            return value;
        }

        private List<T> RequiredList<T>(List<T?>? list, string path)
            where T : class
        {
            if (list is null || list.Count == 0)
            {
                Error(path, "is missing or empty");
                return [];
            }

            var result = new List<T>();
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is { } item)
                {
                    result.Add(item);
                }
                else
                {
                    Error($"{path}[{i}]", "is null");
                }
            }

            return result;
        }

        public FrameworkPack? Build(PackDocument doc)
        {
            var id = Required(doc.Id, "$.id");
            var version = Required(doc.Version, "$.version");
            var area = Required(doc.Area, "$.area");
            var title = Required(doc.Title, "$.title");
            var zone = ZoneFor(doc.TimeZone);
            var documents = Documents(doc.Documents);
            var domains = Domains(doc.Domains);
            var levels = Levels(doc.Levels);
            var indicators = Indicators(doc.Indicators, domains, documents);
            var routes = Routes(doc.Routes);
            var consent = Consent(doc.Consent);
            var combine = Combine(doc.Combine);
            var hours = Hours(doc.FrontDoorHours);
            var contacts = Contacts(doc.Contacts, doc.ContactsSource);
            if (HasErrors || zone is null || combine is null || hours is null)
            {
                return null;
            }

            return new FrameworkPack(id, version, area, title, zone, documents, domains, levels, indicators, routes, consent, combine, hours, contacts);
        }

        private DateTimeZone? ZoneFor(string? name)
        {
            var zoneId = Required(name, "$.timeZone");
            var zone = zoneId.Length == 0 ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
            if (zoneId.Length > 0 && zone is null)
            {
                Error("$.timeZone", $"'{zoneId}' is not an IANA time zone such as Europe/London");
            }

            return zone;
        }

        private List<SourceDocument> Documents(List<DocumentEntry?>? entries)
        {
            var result = new List<SourceDocument>();
            var list = RequiredList(entries, "$.documents");
            for (var i = 0; i < list.Count; i++)
            {
                var path = $"$.documents[{i}]";
                result.Add(new SourceDocument(Required(list[i].File, path + ".file"), Required(list[i].Title, path + ".title"), list[i].Use ?? ""));
            }

            return result;
        }

        private List<Domain> Domains(List<DomainEntry?>? entries)
        {
            var list = RequiredList(entries, "$.domains");
            return [.. list.Select((d, i) => new Domain(Required(d.Id, $"$.domains[{i}].id"), Required(d.Name, $"$.domains[{i}].name")))];
        }

        private List<LevelInfo> Levels(List<LevelEntry?>? entries)
        {
            var list = RequiredList(entries, "$.levels");
            var result = new List<LevelInfo>();
            for (var i = 0; i < list.Count; i++)
            {
                var e = list[i];
                var path = $"$.levels[{i}]";
                if (e.Level != i + 1)
                {
                    Error(path + ".level", $"must be {i + 1}: levels are listed 1 to 4 in order");
                }

                var route = RouteKindFrom(e.Route, path + ".route");
                if (e.Route is not null && !LevelRouteKinds.Contains(e.Route))
                {
                    Error(path + ".route", $"'{e.Route}' cannot be a level's route; use one of {string.Join(", ", LevelRouteKinds)}");
                }

                result.Add(new LevelInfo(
                    i + 1, Required(e.Name, path + ".name"), e.AlsoKnownAs, Required(e.Summary, path + ".summary"), Required(e.Meaning, path + ".meaning"),
                    Required(e.ServiceResponse, path + ".serviceResponse"), e.Services ?? [], route, e.Next ?? [],
                    Required(e.Source, path + ".source")));
            }

            if (list.Count != 4)
            {
                Error("$.levels", $"has {list.Count} levels; a pack needs levels 1 to 4");
            }

            return result;
        }

        private List<Indicator> Indicators(List<IndicatorEntry?>? entries, List<Domain> domains, List<SourceDocument> documents)
        {
            var list = RequiredList(entries, "$.indicators");
            var result = new List<Indicator>();
            var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var texts = new Dictionary<string, List<string>>();
            for (var i = 0; i < list.Count; i++)
            {
                var e = list[i];
                var path = $"$.indicators[{i}]";
                var id = Required(e.Id, path + ".id");
                if (id.Length > 0)
                {
                    path = $"$.indicators[{i}] ({id})";
                    if (ids.TryGetValue(id, out var first))
                    {
                        Error(path + ".id", $"duplicate id: also used by $.indicators[{first}]");
                    }
                    else
                    {
                        ids[id] = i;
                    }
                }

                var significantHarm = e.SignificantHarm ?? false;
                if (e.Level is not (>= 1 and <= 4))
                {
                    Error(path + ".level", e.Level is null ? "is missing" : $"{e.Level} is not a level from 1 to 4");
                }
                else if (significantHarm && e.Level != 4)
                {
                    Error(path + ".level", "a significant-harm sign is always Level 4");
                }

                if (e.Domain is null && !significantHarm)
                {
                    Error(path + ".domain", "is missing (only significant-harm signs may have no domain)");
                }
                else if (e.Domain is not null && !domains.Exists(d => d.Id == e.Domain))
                {
                    Error(path + ".domain", $"'{e.Domain}' is not one of the pack's domains ({string.Join(", ", domains.Select(d => d.Id))})");
                }

                var text = Required(e.Text, path + ".text");
                var source = Required(e.Source, path + ".source");
                if (source.Length > 0 && !documents.Exists(d => source.StartsWith(d.File, StringComparison.Ordinal)))
                {
                    Error(path + ".source", $"'{source}' does not start with one of the pack's documents ({string.Join(", ", documents.Select(d => d.File))})");
                }

                if (text.Length > 0)
                {
                    var key = IndicatorText.Key(text);
                    if (!texts.TryGetValue(key, out var same))
                    {
                        texts[key] = same = [];
                    }

                    same.Add(id);
                }

                result.Add(new Indicator(id, e.Level ?? 0, e.Domain, e.Dimension, text, source, significantHarm));
            }

            foreach (var (_, same) in texts.Where(t => t.Value.Count > 1))
            {
                var texted = result.First(r => r.Id == same[0]).Text;
                Warning("$.indicators", $"text \"{texted}\" appears {same.Count} times ({string.Join(", ", same)}): look-up by this text is ambiguous and asks for an id");
            }

            return result;
        }

        private RouteKind RouteKindFrom(string? wire, string path)
        {
            if (WireNames.TryParseRoute(wire, out var kind))
            {
                return kind;
            }

            Error(path, wire is null ? "is missing" : $"'{wire}' is not a route kind ({string.Join(", ", Enum.GetValues<RouteKind>().Select(WireNames.Of))})");
            return RouteKind.Universal;
        }

        private List<Route> Routes(List<RouteEntry?>? entries)
        {
            var list = RequiredList(entries, "$.routes");
            var result = new List<Route>();
            for (var i = 0; i < list.Count; i++)
            {
                var e = list[i];
                var path = $"$.routes[{i}]";
                var kind = RouteKindFrom(e.Kind, path + ".kind");
                if (e.Phones is null)
                {
                    Error(path + ".phones", "is missing (use [] for none)");
                }

                result.Add(new Route(kind, Required(e.Service, path + ".service"), e.Phones ?? [], e.Email, e.Next ?? [], Required(e.Source, path + ".source"), e.Formerly));
            }

            foreach (var kind in Enum.GetValues<RouteKind>().Where(k => !result.Exists(r => r.Kind == k)))
            {
                Error("$.routes", $"has no '{WireNames.Of(kind)}' route");
            }

            foreach (var dup in result.GroupBy(r => r.Kind).Where(g => g.Count() > 1))
            {
                Error("$.routes", $"has {dup.Count()} '{WireNames.Of(dup.Key)}' routes; give one");
            }

            return result;
        }

        private List<ConsentGuidance> Consent(List<ConsentEntry?>? entries)
        {
            var list = RequiredList(entries, "$.consent");
            var result = new List<ConsentGuidance>();
            for (var i = 0; i < list.Count; i++)
            {
                var e = list[i];
                var path = $"$.consent[{i}]";
                if (!WireNames.TryParseConsentKind(e.Kind, out var kind))
                {
                    Error(path + ".kind", $"'{e.Kind}' is not a consent kind (seek, given, override-risk, declined)");
                    continue;
                }

                if (e.Steps is not { Count: > 0 })
                {
                    Error(path + ".steps", "is missing or empty");
                }

                result.Add(new ConsentGuidance(kind, e.Steps ?? [], e.AtLevel4 ?? [], Required(e.Source, path + ".source")));
            }

            foreach (var kind in Enum.GetValues<ConsentKind>().Where(k => !result.Exists(r => r.Kind == k)))
            {
                Error("$.consent", $"has no '{WireNames.Of(kind)}' guidance");
            }

            return result;
        }

        // Optional: a pack may list no useful contacts; when it does, each needs a name and a number.
        private List<Contact> Contacts(List<ContactEntry?>? entries, string? source)
        {
            if (entries is null || entries.Count == 0)
            {
                return [];
            }

            var from = Required(source, "$.contactsSource");
            var list = RequiredList(entries, "$.contacts");
            return [.. list.Select((c, i) => new Contact(
                Required(c.Name, $"$.contacts[{i}].name"),
                Required(c.Phone, $"$.contacts[{i}].phone"),
                c.Dial is { Count: > 0 } dial ? dial : [c.Phone ?? ""],
                from))];
        }

        private CombineRule? Combine(CombineEntry? e)
        {
            if (e is null)
            {
                Error("$.combine", "is missing");
                return null;
            }

            if (e.DistinctDomainsAtLevel is not > 0 || e.IndicatorsOneLevelBelow is not > 0)
            {
                Error("$.combine", "needs distinctDomainsAtLevel and indicatorsOneLevelBelow as whole numbers above 0");
                return null;
            }

            return new CombineRule(e.DistinctDomainsAtLevel.Value, e.IndicatorsOneLevelBelow.Value, Required(e.Note, "$.combine.note"), Required(e.Source, "$.combine.source"));
        }

        private OpeningHours? Hours(HoursEntry? e)
        {
            if (e is null)
            {
                Error("$.frontDoorHours", "is missing");
                return null;
            }

            var windows = RequiredList(e.Weekly, "$.frontDoorHours.weekly");
            var spec = string.Join("; ", windows.Select(w => $"{string.Join(',', w.Days ?? [])} {w.Open}-{w.Close}"));
            try
            {
                var hours = OpeningHours.Parse(spec, e.BankHolidaysClosed ?? true, e.StatedInDocuments ?? false, e.Note);
                if (!hours.StatedInDocuments && string.IsNullOrWhiteSpace(e.Note))
                {
                    Error("$.frontDoorHours.note", "is required when the hours are not stated in the documents: the answer must say they are a local setting");
                }

                return hours;
            }
            catch (FormatException ex)
            {
                Error("$.frontDoorHours.weekly", ex.Message.ToString(CultureInfo.InvariantCulture));
                return null;
            }
        }
    }
}
