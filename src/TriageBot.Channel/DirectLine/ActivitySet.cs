using TriageBot.Channel.Schema;

namespace TriageBot.Channel.DirectLine;

/// <summary>A page of a conversation's activities and the watermark to ask for the next one (Direct Line 3.0 "ActivitySet").</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
