using TriageBot.Channel.Schema;

namespace TriageBot.Channel.Tests.Support;

/// <summary>Activities shaped like the ones Teams sends.</summary>
public static class Activities
{
    public const string BotId = "28:" + Tokens.AppId;

    public static Activity TeamsMessage(string serviceUrl, string? text = "hello", string conversationId = "a:1personal-chat") => new()
    {
        Type = ActivityTypes.Message,
        Id = "1700000000001",
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "29:user-id", Name = "A Teacher", AadObjectId = "aad-user" },
        Recipient = new ChannelAccount { Id = BotId, Name = "TriageBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = Tokens.TenantId },
        Text = text,
        Locale = "en-GB",
    };
}
