using TriageBot.Channel.Schema;

namespace TriageBot.Channel;

/// <summary>
/// What a turn produced: the replies to send, in order, and for an <c>invoke</c> the synchronous response the
/// endpoint returns (an <c>adaptiveCard/action</c> invoke without one is answered 501, as the SDK did).
/// </summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse = null)
{
    public static TurnResult None { get; } = new([]);

    public static TurnResult Reply(params Activity[] replies) => new(replies);

    public static TurnResult Invoke(InvokeResponse response, params Activity[] replies) => new(replies, response);
}
