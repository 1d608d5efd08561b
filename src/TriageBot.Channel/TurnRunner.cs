using Microsoft.Extensions.Logging;
using TriageBot.Channel.Connector;
using TriageBot.Channel.Schema;

namespace TriageBot.Channel;

/// <summary>
/// Runs one turn: hands the activity to the bot, addresses its replies from the incoming activity, and either
/// returns them (<c>expectReplies</c>) or sends them in order through the connector client.
/// </summary>
public sealed class TurnRunner
{
    private readonly IBotHandler _bot;
    private readonly ConnectorClient _connector;
    private readonly ILogger<TurnRunner> _logger;

    public TurnRunner(IBotHandler bot, ConnectorClient connector, ILogger<TurnRunner> logger)
    {
        _bot = bot;
        _connector = connector;
        _logger = logger;
    }

    /// <summary>
    /// Runs the turn. Handler exceptions propagate; delivery failures throw <see cref="ConnectorException"/>.
    /// Replies are delivered with <paramref name="deliveryToken"/> rather than the request's token, so a caller that
    /// stops waiting (Teams gives up after ~15 s) does not cut a half-sent answer short.
    /// </summary>
    public async Task<TurnOutcome> RunAsync(Activity incoming, CancellationToken turnToken, CancellationToken deliveryToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var result = await _bot.OnActivityAsync(incoming, turnToken).ConfigureAwait(false);
        var replies = result.Replies.Select(r => Address(r, incoming)).ToList();
        if (incoming.ExpectsReplies)
        {
            return new TurnOutcome(replies, result.InvokeResponse, Delivered: false);
        }

        foreach (var reply in replies)
        {
            try
            {
                await _connector.SendAsync(reply, deliveryToken).ConfigureAwait(false);
            }
            catch (ConnectorException ex)
            {
                ChannelLog.ReplyNotDelivered(_logger, reply.Type, reply.Conversation?.Id, ex.StatusCode is { } s ? (int)s : null);
                throw;
            }
        }

        return new TurnOutcome(replies, result.InvokeResponse, Delivered: true);
    }

    /// <summary>Fills what the bot left out from the activity it answers; anything it did set is kept.</summary>
    internal static Activity Address(Activity reply, Activity incoming)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.Conversation ??= new ConversationAccount
        {
            Id = incoming.Conversation?.Id,
            IsGroup = incoming.Conversation?.IsGroup,
            ConversationType = incoming.Conversation?.ConversationType,
            TenantId = incoming.Conversation?.TenantId,
        };
        reply.ServiceUrl ??= incoming.ServiceUrl;
        reply.ChannelId ??= incoming.ChannelId;
        reply.From ??= incoming.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null;
        reply.Recipient ??= incoming.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name } : null;
        reply.ReplyToId ??= incoming.Id;
        reply.Locale ??= incoming.Locale;
        return reply;
    }
}
