namespace TriageBot.Channel.Schema;

/// <summary>What a channel answers when it records an activity: the id it gave it (Connector REST API v3).</summary>
public sealed record ResourceResponse(string? Id);
