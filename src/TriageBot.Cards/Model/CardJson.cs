using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TriageBot.Cards.Model;

/// <summary>The one set of serializer options for cards: camelCase names, schema words for enums, nulls left out.</summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: false);

    private static readonly JsonSerializerOptions s_indented = CreateOptions(indented: true);

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static JsonObject ToJsonObject(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToNode(card, Options)!.AsObject();
    }

    public static string ToJsonString(AdaptiveCard card, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(card, indented ? s_indented : Options);
    }

    public static byte[] ToUtf8(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToUtf8Bytes(card, Options);
    }

    /// <summary>The card's size as sent, measured without keeping the JSON (see <see cref="Utf8Within"/>).</summary>
    public static int Utf8Size(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Write(card).Length;
    }

    /// <summary>The size of one element of a card body as sent, as <see cref="Utf8Size(AdaptiveCard)"/>.</summary>
    public static int Utf8Size(CardElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return Write(element).Length;
    }

    /// <summary>
    /// The card's JSON as sent if it is at most <paramref name="maxBytes"/> long, else null; its size either way.
    /// It is written into this thread's reused buffer, so fitting a card to a budget by trying sizes costs one
    /// serialization a try and no garbage, where producing each try's JSON cost a 30 KB array and a parsed document.
    /// </summary>
    public static byte[]? Utf8Within(AdaptiveCard card, int maxBytes, out int bytes)
    {
        ArgumentNullException.ThrowIfNull(card);
        var json = Write(card);
        bytes = json.Length;
        return bytes <= maxBytes ? json.ToArray() : null;
    }

    private static ReadOnlySpan<byte> Write<T>(T value)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(32 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder, Indented = false });
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, value, Options);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            // The JSON goes into an HTTP body, never into HTML, so the HTML-safe default escaping (\u0027 for every
            // apostrophe, \u00B7 for the middle dot) buys nothing and makes the committed snapshots unreadable.
            // Quotes, backslashes and control characters are still escaped as JSON requires.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
