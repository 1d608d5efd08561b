using System.Buffers;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TriageBot.Thresholds.Engine;
using TriageBot.Thresholds.Model;

namespace TriageBot.Thresholds.Contract;

/// <summary>
/// The <c>assess</c> contract: one JSON request in, one JSON answer out. A bad request gets an error object
/// naming the problem instead of an answer, so a batch keeps going.
/// </summary>
public static class AssessLine
{
    private static readonly OffsetDateTimePattern InstantWithOffset = OffsetDateTimePattern.ExtendedIso;
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Answers one request element. Returns false (with an error object written) when the request is bad.</summary>
    public static bool Answer(ThresholdService service, JsonElement request, int line, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(writer);
        string? id = null;
        try
        {
            if (request.ValueKind != JsonValueKind.Object)
            {
                throw new AssessmentException("bad-request", $"A request must be a JSON object, not {Describe(request.ValueKind)}.");
            }

            id = OptionalString(request, "id");
            var engine = service.For(OptionalString(request, "area") ?? "");
            var parsed = Parse(request, service.Time);
            var assessment = engine.Assess(parsed);
            WriteAssessment(writer, assessment, parsed.At, id);
            return true;
        }
        catch (AssessmentException e)
        {
            WriteError(writer, line, id, e.Code, e.Message, e.Candidates);
            return false;
        }
    }

    /// <summary>Writes an error object for input that is not JSON at all.</summary>
    public static void WriteMalformed(Utf8JsonWriter writer, int line, JsonException e)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(e);
        var position = e.BytePositionInLine is { } p ? $" at character {p + 1}" : "";
        WriteError(writer, line, null, "malformed-json", $"Line {line} is not valid JSON{position}: {FirstSentence(e.Message)}", []);
    }

    /// <summary>Answers one request given as JSON text; for tests and single calls.</summary>
    public static (bool Ok, string Json) Answer(ThresholdService service, string json)
    {
        var buffer = new ArrayBufferWriter<byte>();
        bool ok;
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            try
            {
                using var doc = JsonDocument.Parse(json);
                ok = Answer(service, doc.RootElement, 1, writer);
            }
            catch (JsonException e)
            {
                WriteMalformed(writer, 1, e);
                ok = false;
            }
        }

        return (ok, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    public static JsonWriterOptions Options => WriterOptions;

    private static AssessmentRequest Parse(JsonElement request, TimeProvider time)
    {
        var at = ParseAt(request, time);
        var indicators = new List<string>();
        if (!request.TryGetProperty("indicators", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new AssessmentException("bad-request", "indicators is missing: give a list of indicator ids or texts, e.g. \"indicators\": [\"Child has made a disclosure of physical or sexual harm\"].");
        }

        foreach (var item in list.EnumerateArray())
        {
            indicators.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new AssessmentException("bad-request", $"indicators must hold strings (ids or texts); found {Describe(item.ValueKind)}."));
        }

        var danger = false;
        if (request.TryGetProperty("immediateDanger", out var d))
        {
            danger = d.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False or JsonValueKind.Null => false,
                _ => throw new AssessmentException("bad-request", $"immediateDanger must be true or false, not {Describe(d.ValueKind)}."),
            };
        }

        var consent = ConsentStatus.NotYetSought;
        var consentText = OptionalString(request, "consent");
        if (consentText is not null && !WireNames.TryParseConsentStatus(consentText, out consent))
        {
            throw new AssessmentException("bad-request", $"consent \"{consentText}\" is not one of not-yet-sought, given, declined, would-place-at-risk.");
        }

        int? age = null;
        if (request.TryGetProperty("child", out var child) && child.ValueKind == JsonValueKind.Object
            && child.TryGetProperty("ageYears", out var ageElement) && ageElement.ValueKind != JsonValueKind.Null)
        {
            age = ageElement.ValueKind == JsonValueKind.Number && ageElement.TryGetInt32(out var years)
                ? years
                : throw new AssessmentException("bad-request", "child.ageYears must be a whole number of years.");
        }

        return new AssessmentRequest(indicators, at, danger, consent, age);
    }

    private static Instant ParseAt(JsonElement request, TimeProvider time)
    {
        if (!request.TryGetProperty("at", out var at) || at.ValueKind == JsonValueKind.Null)
        {
            return Instant.FromDateTimeOffset(time.GetUtcNow());
        }

        if (at.ValueKind != JsonValueKind.String)
        {
            throw new AssessmentException("bad-request", $"at must be an ISO 8601 time string with an offset, not {Describe(at.ValueKind)}.");
        }

        var text = at.GetString()!;
        var parsed = InstantWithOffset.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value.ToInstant();
        }

        var withoutOffset = LocalDateTimePattern.ExtendedIso.Parse(text);
        throw new AssessmentException("bad-request", withoutOffset.Success
            ? $"at \"{text}\" has no offset, so the moment is unclear: add Z for UTC or the local offset, e.g. \"{text}Z\" or \"{text}+01:00\"."
            : $"at \"{text}\" is not an ISO 8601 time such as \"2026-11-24T11:00:00Z\".");
    }

    private static string? OptionalString(JsonElement request, string name)
    {
        if (!request.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new AssessmentException("bad-request", $"{name} must be a string, not {Describe(value.ValueKind)}.");
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Null => "null",
        _ => "text",
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..(cut + 1)] : message;
    }

    private static void WriteError(Utf8JsonWriter w, int line, string? id, string code, string message, IReadOnlyList<Indicator> candidates)
    {
        w.WriteStartObject();
        if (id is not null)
        {
            w.WriteString("id", id);
        }

        w.WriteNumber("line", line);
        w.WriteStartObject("error");
        w.WriteString("code", code);
        w.WriteString("message", message);
        if (candidates.Count > 0)
        {
            w.WriteStartArray("candidates");
            foreach (var c in candidates)
            {
                WriteIndicator(w, c);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteAssessment(Utf8JsonWriter w, Assessment a, Instant at, string? id)
    {
        w.WriteStartObject();
        if (id is not null)
        {
            w.WriteString("id", id);
        }

        w.WriteString("area", a.Framework.Area);
        w.WriteStartObject("framework");
        w.WriteString("id", a.Framework.Id);
        w.WriteString("version", a.Framework.Version);
        w.WriteEndObject();
        w.WriteString("at", InstantPattern.ExtendedIso.Format(at));
        w.WriteString("localTime", LocalDateTimePattern.GeneralIso.Format(a.FrontDoor.LocalTime));
        w.WriteNumber("level", a.Level.Level);
        w.WriteString("levelName", a.Level.Name);
        w.WriteString("levelMeaning", a.Level.Meaning);
        w.WriteString("rule", a.Rule);
        w.WriteStartArray("indicators");
        foreach (var i in a.Indicators)
        {
            WriteIndicator(w, i);
        }

        w.WriteEndArray();
        w.WriteStartArray("strengths");
        foreach (var s in a.Strengths)
        {
            w.WriteStringValue(s.Id);
        }

        w.WriteEndArray();
        w.WriteBoolean("needsMayCombine", a.NeedsMayCombine);
        w.WritePropertyName("route");
        WriteRoute(w, a.Route);
        w.WriteStartObject("frontDoor");
        w.WriteBoolean("open", a.FrontDoor.Open);
        if (a.FrontDoor.NextOpens is { } next)
        {
            w.WriteString("nextOpens", LocalDateTimePattern.GeneralIso.Format(next));
        }
        else
        {
            w.WriteNull("nextOpens");
        }

        w.WriteBoolean("bankHoliday", a.FrontDoor.IsBankHoliday);
        w.WriteBoolean("hoursStatedInDocuments", a.FrontDoor.HoursStatedInDocuments);
        w.WriteEndObject();
        w.WriteStartObject("consent");
        w.WriteString("kind", WireNames.Of(a.Consent.Kind));
        WriteStrings(w, "steps", a.Consent.Steps);
        w.WriteString("source", a.Consent.Source);
        w.WriteEndObject();
        WriteStrings(w, "notes", a.Notes);
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteRoute(Utf8JsonWriter w, RouteAdvice r)
    {
        w.WriteStartObject();
        w.WriteString("kind", WireNames.Of(r.Kind));
        w.WriteString("service", r.Route.Service);
        WriteStrings(w, "phones", r.Route.Phones);
        if (r.Route.Email is { } email)
        {
            w.WriteString("email", email);
        }

        WriteStrings(w, "next", r.Next);
        w.WriteString("source", r.Route.Source);
        if (r.Then is { } then)
        {
            w.WritePropertyName("then");
            WriteRoute(w, then);
        }

        w.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter w, Indicator i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("text", i.Text);
        w.WriteNumber("level", i.Level);
        if (i.Domain is not null)
        {
            w.WriteString("domain", i.Domain);
        }

        if (i.Dimension is not null)
        {
            w.WriteString("dimension", i.Dimension);
        }

        w.WriteString("source", i.Source);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
