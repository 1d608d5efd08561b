namespace TriageBot.Channel.Schema;

/// <summary>The HTTP 200 body for <c>deliveryMode: expectReplies</c>: the turn's replies, in order.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
