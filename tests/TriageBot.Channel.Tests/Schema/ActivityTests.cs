using System.Text.Json;
using System.Text.Json.Nodes;
using TriageBot.Channel.Schema;

namespace TriageBot.Channel.Tests.Schema;

public sealed class ActivityTests
{
    private const string BotId = "28:11111111-2222-3333-4444-555555555555";

    private static string FixtureJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "teams-channel-mention.json"));

    private static Activity TeamsChannelMention() => JsonSerializer.Deserialize<Activity>(FixtureJson, ActivityJson.Options)!;

    [Fact]
    public void A_Teams_activity_round_trips_without_losing_anything()
    {
        var written = JsonSerializer.SerializeToNode(TeamsChannelMention(), ActivityJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(FixtureJson), written), written!.ToJsonString());
    }

    [Fact]
    public void Known_fields_are_typed_and_unknown_ones_are_kept()
    {
        var activity = TeamsChannelMention();

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 15, 30, TimeSpan.Zero).AddTicks(1234567), activity.Timestamp);
        Assert.Equal("channel", activity.Conversation?.ConversationType);
        Assert.True(activity.Conversation?.IsGroup);
        Assert.Equal("6b4a4e1e-0000-4000-8000-000000000001", activity.From?.AadObjectId);
        Assert.Equal("text/html", activity.Attachments?.Single().ContentType);
        Assert.Equal("Europe/London", activity.LocalTimezone);
        Assert.Equal("GB", activity.Entities![1].Properties!["country"].GetString());
    }

    [Fact]
    public void The_bots_own_mention_is_stripped_by_its_entity()
    {
        var activity = TeamsChannelMention();

        var text = activity.RemoveMentionText(BotId);

        Assert.Equal("help", text);
        Assert.Equal("help", activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_uses_the_recipient_id()
    {
        var activity = TeamsChannelMention();

        Assert.Equal("help", activity.RemoveRecipientMention());
    }

    [Fact]
    public void Mentions_of_other_people_stay_in_the_text()
    {
        var activity = TeamsChannelMention();
        activity.Text = "<at>TriageBot</at> ask <at>Sam Lead</at> about this";
        activity.Entities!.Add(Entity.FromMention(new Mention(new ChannelAccount { Id = "29:sam", Name = "Sam Lead" }, "<at>Sam Lead</at>")));

        Assert.Equal("ask <at>Sam Lead</at> about this", activity.RemoveMentionText(BotId));
    }

    [Fact]
    public void Text_that_merely_looks_like_a_mention_is_left_alone()
    {
        var activity = TeamsChannelMention();
        activity.Entities = [];

        Assert.Equal("<at>TriageBot</at> help", activity.RemoveMentionText(BotId));
    }

    [Fact]
    public void A_mention_entity_without_text_falls_back_to_the_name_markup()
    {
        var activity = TeamsChannelMention();
        activity.Entities = [Entity.FromMention(new Mention(new ChannelAccount { Id = BotId, Name = "TriageBot" }, null))];

        Assert.Equal("help", activity.RemoveMentionText(BotId));
    }

    [Fact]
    public void Teams_channel_data_gives_tenant_team_and_channel()
    {
        var activity = TeamsChannelMention();

        var data = activity.GetTeamsChannelData();

        Assert.Equal("99999999-8888-7777-6666-555555555555", data?.Tenant?.Id);
        Assert.Equal("19:team@thread.tacv2", data?.Team?.Id);
        Assert.Equal("0d1c0000-0000-4000-8000-000000000002", data?.Team?.AadGroupId);
        Assert.Equal("19:safeguarding@thread.tacv2", data?.Channel?.Id);
        Assert.Equal("99999999-8888-7777-6666-555555555555", activity.GetTenantId());
    }

    [Fact]
    public void Without_channel_data_the_tenant_comes_from_the_conversation()
    {
        var activity = TeamsChannelMention();
        activity.ChannelData = null;

        Assert.Null(activity.GetTeamsChannelData());
        Assert.Equal("99999999-8888-7777-6666-555555555555", activity.GetTenantId());
    }

    [Fact]
    public void A_reply_is_addressed_back_into_the_same_thread()
    {
        var activity = TeamsChannelMention();

        var reply = activity.CreateReply("Level 2");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("Level 2", reply.Text);
        Assert.Equal(BotId, reply.From?.Id);
        Assert.Equal("29:1teacher-id", reply.Recipient?.Id);
        Assert.Equal("19:safeguarding@thread.tacv2;messageid=1763892900000", reply.Conversation?.Id);
        Assert.Equal("1763892930123", reply.ReplyToId);
        Assert.Equal("https://smba.trafficmanager.net/uk/", reply.ServiceUrl);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("en-GB", reply.Locale);
    }

    [Fact]
    public void Nulls_are_not_written_and_timestamps_are_UTC_with_Z()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Timestamp = new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.FromHours(1)) };

        var json = JsonSerializer.Serialize(activity, ActivityJson.Options);

        Assert.Equal("{\"type\":\"message\",\"timestamp\":\"2026-11-23T10:00:00Z\"}", json);
    }

    [Fact]
    public void An_adaptive_card_invoke_response_has_the_Universal_Actions_shape()
    {
        var card = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", version = "1.5" });

        var response = InvokeResponse.AdaptiveCardAction(AdaptiveCardInvokeResponse.Card(card));

        Assert.Equal(200, response.Status);
        Assert.Equal(
            "{\"statusCode\":200,\"type\":\"application/vnd.microsoft.card.adaptive\",\"value\":{\"type\":\"AdaptiveCard\",\"version\":\"1.5\"}}",
            response.Body!.Value.GetRawText());
    }
}
