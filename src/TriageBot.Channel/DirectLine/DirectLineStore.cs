using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using TriageBot.Channel.Connector;
using TriageBot.Channel.Schema;

namespace TriageBot.Channel.DirectLine;

/// <summary>
/// In-memory state of the local Direct Line: conversations with their opaque tokens and transcripts. Bounded:
/// a conversation idle for an hour is forgotten, and past <see cref="MaxConversations"/> the least recently used
/// one goes. It is also the <see cref="IReplySink"/> for its own serviceUrl, so the bot's replies land in the
/// transcript Web Chat polls instead of going over HTTP.
/// </summary>
public sealed class DirectLineStore : IReplySink
{
    public const int MaxConversations = 500;
    public const int PageSize = 100;
    public const string ServicePath = "/v3/directline/";
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(30);

    private readonly Dictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;

    public DirectLineStore(TimeProvider time) => _time = time;

    /// <summary>The bot's account in local Direct Line conversations (a fresh object each time: activities are mutable).</summary>
    public static ChannelAccount BotAccount => new() { Id = "bot", Name = "Bot", Role = "bot" };

    public DirectLineSession Create()
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            Sweep(now);
            if (_conversations.Count >= MaxConversations)
            {
                var oldest = _conversations.Values.MinBy(c => c.LastUsed)!;
                _conversations.Remove(oldest.Id);
            }

            var conversation = new DirectLineConversation(NewSecret(12), NewSecret(32), now + TokenLifetime, now);
            _conversations.Add(conversation.Id, conversation);
            return Session(conversation, now);
        }
    }

    /// <summary>Checks that <paramref name="token"/> is the live token of conversation <paramref name="conversationId"/>.</summary>
    internal TokenStatus Authorize(string conversationId, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return TokenStatus.Missing;
        }

        var now = _time.GetUtcNow();
        lock (_lock)
        {
            Sweep(now);
            if (!_conversations.TryGetValue(conversationId, out var conversation))
            {
                return TokenStatus.UnknownConversation;
            }

            if (!TokenMatches(conversation, token, now))
            {
                return TokenStatus.Invalid;
            }

            conversation.LastUsed = now;
            return TokenStatus.Valid;
        }
    }

    /// <summary>The conversation's current session (id, token, seconds left), for a reconnecting client.</summary>
    public DirectLineSession Session(string conversationId)
    {
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation))
            {
                throw new KeyNotFoundException("The Direct Line conversation does not exist or has expired.");
            }

            return Session(conversation, _time.GetUtcNow());
        }
    }

    /// <summary>Replaces a live token with a new one (<c>POST /v3/directline/tokens/refresh</c>); null if the token is not live.</summary>
    public DirectLineSession? Refresh(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var now = _time.GetUtcNow();
        lock (_lock)
        {
            Sweep(now);
            var conversation = _conversations.Values.FirstOrDefault(c => TokenMatches(c, token, now));
            if (conversation is null)
            {
                return null;
            }

            conversation.Token = NewSecret(32);
            conversation.TokenExpires = now + TokenLifetime;
            conversation.LastUsed = now;
            return Session(conversation, now);
        }
    }

    /// <summary>
    /// Records an activity in the transcript, giving it its id and timestamp as a channel does. The transcript
    /// keeps a copy, so later changes to <paramref name="activity"/> (a bot stripping text, say) do not rewrite history.
    /// </summary>
    public string Append(string conversationId, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation))
            {
                throw new KeyNotFoundException("The Direct Line conversation does not exist or has expired.");
            }

            activity.Id = $"{conversationId}|{conversation.Activities.Count:D7}";
            activity.Timestamp = now;
            conversation.Activities.Add(JsonSerializer.SerializeToElement(activity, ActivityJson.Options).Deserialize<Activity>(ActivityJson.Options)!);
            conversation.LastUsed = now;
            return activity.Id;
        }
    }

    /// <summary>True the first time <paramref name="memberId"/> is seen in the conversation.</summary>
    internal bool AddMember(string conversationId, string memberId)
    {
        lock (_lock)
        {
            return _conversations.TryGetValue(conversationId, out var conversation) && conversation.KnownMembers.Add(memberId);
        }
    }

    /// <summary>Activities after <paramref name="watermark"/> (the count already seen), at most <see cref="PageSize"/>.</summary>
    public ActivitySet Read(string conversationId, int watermark)
    {
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation))
            {
                throw new KeyNotFoundException("The Direct Line conversation does not exist or has expired.");
            }

            var from = Math.Clamp(watermark, 0, conversation.Activities.Count);
            var page = conversation.Activities.Skip(from).Take(PageSize).ToList();
            return new ActivitySet(page, (from + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public bool Owns(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return serviceUrl.IsLoopback && string.Equals(serviceUrl.AbsolutePath, ServicePath, StringComparison.Ordinal);
    }

    public Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id
            ?? throw new ConnectorException("The activity has no conversation id.");
        activity.From ??= BotAccount;
        try
        {
            return Task.FromResult(new ResourceResponse(Append(conversationId, activity)));
        }
        catch (KeyNotFoundException ex)
        {
            throw new ConnectorException(System.Net.HttpStatusCode.NotFound, ex.Message);
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var expired in _conversations.Values.Where(c => now - c.LastUsed > IdleLifetime).Select(c => c.Id).ToList())
        {
            _conversations.Remove(expired);
        }
    }

    private static bool TokenMatches(DirectLineConversation conversation, string token, DateTimeOffset now) =>
        now < conversation.TokenExpires
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(conversation.Token), Encoding.UTF8.GetBytes(token));

    private static DirectLineSession Session(DirectLineConversation conversation, DateTimeOffset now) =>
        new(conversation.Id, conversation.Token, (int)Math.Max(0, (conversation.TokenExpires - now).TotalSeconds));

    private static string NewSecret(int bytes) => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(bytes));
}
