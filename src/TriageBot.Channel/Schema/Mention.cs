namespace TriageBot.Channel.Schema;

/// <summary>
/// Typed view of a <c>mention</c> entity: who was mentioned and the exact markup in the text
/// (Teams: <c>&lt;at&gt;Name&lt;/at&gt;</c>).
/// </summary>
public sealed record Mention(ChannelAccount Mentioned, string? Text);
