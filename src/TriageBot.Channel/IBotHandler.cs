using TriageBot.Channel.Schema;

namespace TriageBot.Channel;

/// <summary>
/// The one seam between the protocol and the bot. The channel calls it once per authenticated, well-formed
/// activity of a known type and delivers what it returns; the bot never sees HTTP, tokens or service URLs.
/// </summary>
public interface IBotHandler
{
    /// <summary>
    /// Handles one activity. Replies may be bare (<see cref="Activity.CreateMessage"/>): the channel fills in the
    /// conversation, addressing and <c>replyToId</c> from the incoming activity before sending them, in order.
    /// </summary>
    Task<TurnResult> OnActivityAsync(Activity activity, CancellationToken cancellationToken);
}
