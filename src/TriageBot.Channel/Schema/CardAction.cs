using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Channel.Schema;

/// <summary>A clickable action, e.g. a suggested reply button (Bot Framework Cards spec, "Card action").</summary>
public sealed class CardAction
{
    /// <summary><c>imBack</c>, <c>postBack</c>, <c>messageBack</c>, <c>openUrl</c>, ...</summary>
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonElement? Value { get; set; }
    public JsonElement? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
