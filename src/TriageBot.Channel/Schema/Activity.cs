using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Channel.Schema;

/// <summary>
/// A Bot Framework activity, as defined by the Activity specification
/// (microsoft/botframework-sdk, specs/botframework-activity/botframework-activity.md). Fields not modelled here
/// are kept in <see cref="Properties"/> and written back unchanged, so nothing a channel sends is lost.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? DeliveryMode { get; set; }
    public string? CallerId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>True when the sender asked for the replies in the HTTP response (<c>deliveryMode: expectReplies</c>).</summary>
    [JsonIgnore]
    public bool ExpectsReplies => string.Equals(DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);

    /// <summary>A text message with nothing else set; the turn fills in addressing when it is sent.</summary>
    public static Activity CreateMessage(string? text) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>
    /// A message replying to this activity: from/recipient swapped, same conversation, service URL, channel and
    /// locale, and <c>replyToId</c> set so channels that thread (Teams channels) keep the reply in the thread.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name },
        Conversation = Conversation is null
            ? null
            : new ConversationAccount
            {
                Id = Conversation.Id,
                Name = Conversation.Name,
                IsGroup = Conversation.IsGroup,
                ConversationType = Conversation.ConversationType,
                TenantId = Conversation.TenantId,
            },
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Locale = Locale,
    };

    /// <summary>The <c>mention</c> entities of this activity, skipping malformed ones.</summary>
    public IReadOnlyList<Mention> GetMentions() =>
        Entities is null ? [] : [.. Entities.Select(e => e.AsMention()).OfType<Mention>()];

    /// <summary>
    /// Removes the markup of every mention of <paramref name="accountId"/> from <see cref="Text"/> (Teams puts
    /// <c>&lt;at&gt;Bot&lt;/at&gt;</c> in the text and a matching <c>mention</c> entity), trims what is left,
    /// stores it back in <see cref="Text"/> and returns it. Mentions of other people stay in the text.
    /// </summary>
    public string? RemoveMentionText(string accountId)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        if (Text is null)
        {
            return null;
        }

        var text = Text;
        foreach (var mention in GetMentions())
        {
            if (!string.Equals(mention.Mentioned.Id, accountId, StringComparison.Ordinal))
            {
                continue;
            }

            var markup = mention.Text ?? (mention.Mentioned.Name is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(markup))
            {
                text = text.Replace(markup, string.Empty, StringComparison.Ordinal);
            }
        }

        Text = text.Trim();
        return Text;
    }

    /// <summary>Removes the mention of the bot that received this activity (<see cref="Recipient"/>).</summary>
    public string? RemoveRecipientMention() =>
        Recipient?.Id is { Length: > 0 } id ? RemoveMentionText(id) : Text;

    /// <summary>The Teams view of <see cref="ChannelData"/>, or null when the activity carries none.</summary>
    public TeamsChannelData? GetTeamsChannelData() =>
        ChannelData is { ValueKind: JsonValueKind.Object } data ? data.Deserialize<TeamsChannelData>(ActivityJson.Options) : null;

    /// <summary>The Entra tenant of the conversation: Teams channelData first, then <c>conversation.tenantId</c>.</summary>
    public string? GetTenantId() => GetTeamsChannelData()?.Tenant?.Id ?? Conversation?.TenantId;
}
