using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Channel.Schema;

/// <summary>
/// One JSON value kept as its UTF-8 text and written out as it is. An Adaptive Card is serialized once, by its
/// builder, to measure it against the card budget; kept as a parsed element, it was parsed again and written again
/// in every reply (about 6 % of the host's samples in <c>perf</c> at 2,000 turns a second).
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson
{
    private readonly ReadOnlyMemory<byte> _utf8;

    private RawJson(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    /// <summary>The value's UTF-8 JSON: one complete value, checked when it was made.</summary>
    public ReadOnlySpan<byte> Utf8 => _utf8.Span;

    /// <summary>
    /// Takes <paramref name="utf8"/> without copying it, once it is checked to be one complete JSON value (so it
    /// cannot break the JSON it is written into); the caller must not change it afterwards.
    /// </summary>
    /// <exception cref="ArgumentException">It is empty, malformed, cut short, or more than one value.</exception>
    public static RawJson FromUtf8(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            // Read to the end as a final block: the reader throws on an empty input, on anything malformed or cut
            // short, and on anything after the value.
            var reader = new Utf8JsonReader(utf8.Span);
            while (reader.Read())
            {
            }
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The bytes are not valid JSON: {ex.Message}", nameof(utf8), ex);
        }

        return new RawJson(utf8);
    }

    /// <summary>A copy of the element's own bytes, as they were in the JSON it was parsed from.</summary>
    public static RawJson FromElement(JsonElement element) => new(JsonMarshal.GetRawUtf8Value(element).ToArray());

    /// <summary>The value parsed, for reading what an incoming activity carried.</summary>
    public JsonElement ToElement() => JsonSerializer.Deserialize<JsonElement>(Utf8);
}

/// <summary>Reads any JSON value into a <see cref="RawJson"/>, and writes one back byte for byte.</summary>
internal sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return RawJson.FromElement(document.RootElement);
    }

    // Checked when it was made, so not again here.
    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8, skipInputValidation: true);
}
