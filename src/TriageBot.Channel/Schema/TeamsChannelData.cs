using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Channel.Schema;

/// <summary>
/// The part of Teams' <c>channelData</c> a bot needs to know where it is: tenant, team and channel
/// (Teams "Bot activity" channelData: <c>tenant.id</c>, <c>team.id</c>, <c>channel.id</c>, <c>eventType</c>).
/// </summary>
public sealed class TeamsChannelData
{
    public TeamsInfo? Tenant { get; set; }
    public TeamsInfo? Team { get; set; }
    public TeamsInfo? Channel { get; set; }
    public string? EventType { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
