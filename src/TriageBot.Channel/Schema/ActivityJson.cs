using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Channel.Schema;

/// <summary>
/// The one JSON shape of the protocol: camelCase names, nulls omitted (A2004 asks senders not to send empty
/// values), unknown members accepted and kept in each type's extension data (A2005: receivers MUST accept
/// fields they do not understand).
/// </summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // The spec allows receivers to be strict about casing (A2002); being strict keeps a
            // miscased field in extension data instead of silently binding it.
            PropertyNameCaseInsensitive = false,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
