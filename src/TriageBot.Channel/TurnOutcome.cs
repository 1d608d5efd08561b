using TriageBot.Channel.Schema;

namespace TriageBot.Channel;

/// <summary>The addressed replies of a turn, whether they were sent, and the invoke response if any.</summary>
public sealed record TurnOutcome(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse, bool Delivered);
