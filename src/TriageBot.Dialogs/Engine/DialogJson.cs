using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.Engine;

/// <summary>The one serializer setup for dialog state: plain records and JSON elements, no type names.</summary>
/// <remarks>
/// Null properties are left out: every one reads back as null (none has another default), and the state is read and
/// written whole on every turn, so its nulls were a seventh of its size. A JSON null held in an element or a
/// dictionary, such as a "not known" value, is still written.
/// </remarks>
internal static class DialogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>A JSON null, shared: an element cannot be changed, so every "not known" can be this one.</summary>
    public static readonly JsonElement Null = JsonSerializer.SerializeToElement<string?>(null, Options);

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    public static byte[] ToUtf8<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}
