using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Channel.Schema;

/// <summary>A user or bot in a conversation (Activity spec, "Channel account").</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
