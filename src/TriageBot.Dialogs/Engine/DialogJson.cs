using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.Engine;

/// <summary>The one serializer setup for dialog state: plain records and JSON nodes, no type names.</summary>
internal static class DialogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    public static byte[] ToUtf8<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Clone<T>(T value)
        where T : class =>
        JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(value, Options), Options)
        ?? throw new InvalidOperationException($"Could not copy a {typeof(T).Name}.");
}
