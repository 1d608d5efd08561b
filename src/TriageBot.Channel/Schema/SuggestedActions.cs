using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Channel.Schema;

/// <summary>Quick replies shown under a message (Activity spec, "Suggested actions").</summary>
public sealed class SuggestedActions
{
    /// <summary>Ids of the recipients the actions are shown to; all when empty.</summary>
    public IList<string>? To { get; set; }
    public IList<CardAction>? Actions { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
