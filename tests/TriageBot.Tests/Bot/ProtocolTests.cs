using System.Net;
using System.Text.Json.Nodes;
using TriageBot.Tests.Hosting;

namespace TriageBot.Tests.Bot;

/// <summary>The bot end to end over the Bot Framework protocol, on real Kestrel, as Teams would talk to it.</summary>
public sealed class ProtocolTests
{
    [Fact]
    public async Task A_disclosure_of_physical_harm_in_office_hours_ends_at_level_4_with_the_front_door_number()
    {
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning);
        var conversation = new BotConversation(bot.Http, "a:1personal-chat-in-hours");

        var recommendation = await DisclosureScript.WalkAsync(conversation);

        Assert.Contains("Level 4", recommendation, StringComparison.Ordinal);
        // Who to contact now is the front door; the out-of-hours number appears only among the Appendix 3 contacts.
        var now = DisclosureScript.ContactNow(recommendation);
        Assert.Contains("01752 668000", now, StringComparison.Ordinal);
        Assert.DoesNotContain("01752 346984", now, StringComparison.Ordinal);
        var card = CardOf(conversation.LastReplies[^1]);
        Assert.Contains("Level 4", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("tel:01752668000", card.ToJsonString(), StringComparison.Ordinal);
        AssertWellFormed(conversation.AllReplies);
    }

    [Fact]
    public async Task The_load_runs_typed_script_walks_to_the_recommendation_with_words_alone()
    {
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning);
        var conversation = new BotConversation(bot.Http, "a:1typed");

        foreach (var turn in TriageBot.Benchmarks.Load.LoadScript.Turns)
        {
            Assert.False(DisclosureScript.IsRecommendation(conversation.LastText), $"The recommendation came before '{turn}'.");
            await conversation.SayAsync(turn);
        }

        Assert.Contains("Level 4 of 4", conversation.LastText, StringComparison.Ordinal);
        Assert.Contains("01752 668000", conversation.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain(conversation.AllReplies, r => BotConversation.Words(r)!.Contains("Please answer with", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_disclosure_on_a_Sunday_night_gives_the_out_of_hours_number()
    {
        await using var bot = await RunningBot.StartAsync(RunningBot.SundayNight);
        var conversation = new BotConversation(bot.Http, "a:1personal-chat-sunday");

        var recommendation = await DisclosureScript.WalkAsync(conversation);

        Assert.Contains("Level 4", recommendation, StringComparison.Ordinal);
        Assert.Contains("01752 346984", DisclosureScript.ContactNow(recommendation), StringComparison.Ordinal);
        Assert.DoesNotContain("01752 668000", DisclosureScript.ContactNow(recommendation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Teams_channel_mention_is_stripped_and_the_reply_stays_in_the_thread_without_suggested_actions()
    {
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning);
        var thread = "19:abc123@thread.tacv2;messageid=1700000000000";
        var conversation = new BotConversation(bot.Http, thread, "channel");

        var help = MentionHelp();
        help["id"] = "1700000000001";
        var replies = await conversation.SendAsync(help);

        // "help" is only recognised once the mention markup is gone.
        Assert.Contains("You can also type: 'back'", conversation.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", conversation.LastText, StringComparison.Ordinal);
        Assert.All(replies, r =>
        {
            Assert.Equal("1700000000001", (string?)r["replyToId"]);
            Assert.Equal(thread, (string?)r["conversation"]!["id"]);
            Assert.Null(r["suggestedActions"]);
        });
    }

    [Fact]
    public async Task A_Teams_card_submit_with_msteams_data_and_postBack_answers_like_any_card_press()
    {
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning);
        var conversation = new BotConversation(bot.Http, "a:1personal-msteams-submit");
        await conversation.SayAsync("hi");
        var card = conversation.LastReplies[^1]["attachments"]![0]!["content"]!.ToJsonString();
        var nonce = System.Text.RegularExpressions.Regex.Match(card, "\"nonce\":\"([^\"]+)\"").Groups[1].Value;

        // What Teams delivers for an Action.Submit: the data merged with the inputs in "value", Teams' own
        // "msteams" hints kept in the data, postBack in channelData, and no text.
        await conversation.SendAsync(new JsonObject
        {
            ["value"] = new JsonObject
            {
                ["answer"] = "no",
                ["nonce"] = nonce,
                ["msteams"] = new JsonObject { ["type"] = "messageBack", ["displayText"] = "No" },
            },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotConversation.TenantId }, ["postBack"] = true },
        });

        Assert.Contains("How old is the child", conversation.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Teams_personal_chat_mention_gets_the_help_too()
    {
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning);
        var conversation = new BotConversation(bot.Http, "a:1personal-help");

        await conversation.SendAsync(MentionHelp());

        Assert.Contains("You can also type: 'back'", conversation.LastText, StringComparison.Ordinal);
        Assert.Contains("Is the child in immediate danger right now?", conversation.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_joining_gets_the_welcome_card_and_the_bot_joining_gets_nothing()
    {
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning);
        var conversation = new BotConversation(bot.Http, "a:1welcome");

        var welcome = await conversation.SendAsync(
            new JsonObject { ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:1user" }) }, "conversationUpdate");
        var botOnly = await conversation.SendAsync(
            new JsonObject { ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotConversation.BotId }) }, "conversationUpdate");

        var card = CardOf(Assert.Single(welcome));
        Assert.Contains("Plymouth", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("999", BotConversation.Words(welcome[0]), StringComparison.Ordinal);
        Assert.Empty(botOnly);
        AssertWellFormed(welcome);
    }

    [Fact]
    public async Task An_unknown_invoke_is_answered_501()
    {
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning);
        var conversation = new BotConversation(bot.Http, "a:1invoke");

        using var response = await conversation.PostAsync(new JsonObject { ["name"] = "composeExtension/query", ["value"] = new JsonObject() }, "invoke", expectReplies: false);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task An_Action_Execute_invoke_answers_the_question_and_is_acknowledged_with_a_message()
    {
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning);
        var conversation = new BotConversation(bot.Http, "a:1execute");
        await conversation.SayAsync("hi");
        var no = CardOf(conversation.LastReplies[^1]).ToJsonString();
        var nonce = (string?)JsonNode.Parse(no)!["body"]!.AsArray().SelectMany(Actions).First(a => (string?)a["title"] == "No")["data"]!["nonce"];

        using var response = await conversation.PostAsync(new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "answer", ["data"] = new JsonObject { ["answer"] = "no", ["nonce"] = nonce } },
            },
        }, "invoke");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
        var answer = Assert.Single(activities, a => (string?)a["type"] == "invokeResponse");
        Assert.Equal(200, (int?)answer["value"]!["status"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer["value"]!["body"]!["type"]);
        var messages = activities.Where(a => (string?)a["type"] == "message").ToList();
        Assert.Contains(messages, m => BotConversation.Words(m)!.Contains("How old is the child", StringComparison.Ordinal));
        AssertWellFormed(messages);
    }

    [Fact]
    public async Task The_handler_logs_no_typed_words_no_card_values_and_no_names()
    {
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning);
        var conversation = new BotConversation(bot.Http, "a:1logging");

        await DisclosureScript.WalkAsync(conversation);

        var logs = string.Join("\n", bot.Logs.Lines);
        Assert.Contains("a:1logging", logs, StringComparison.Ordinal); // the capture works: the conversation id is logged
        foreach (var secret in new[] { "Zebulon", "Quentin", "belt", "morning registration", "Sam Teacher", "physical" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "ActionSet" => o["actions"]!.AsArray().OfType<JsonObject>(),
        _ => [],
    };

    private static JsonObject CardOf(JsonObject reply)
    {
        var attachment = Assert.Single(reply["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        return attachment["content"]!.AsObject();
    }

    /// <summary>"@TriageBot help" as Teams sends it: the mention markup in the text and a mention entity for the bot.</summary>
    private static JsonObject MentionHelp() => new()
    {
        ["text"] = "<at>TriageBot</at> help",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>TriageBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotConversation.BotId, ["name"] = "TriageBot" },
        }),
    };

    /// <summary>
    /// Every reply is a message whose plain words travel with it (text, or in Teams the summary, for notifications and
    /// screen readers); every attachment is a valid card.
    /// </summary>
    private static void AssertWellFormed(IEnumerable<JsonObject> replies) => Assert.All(replies, reply =>
    {
        Assert.Equal("message", (string?)reply["type"]);
        Assert.False(string.IsNullOrWhiteSpace(BotConversation.Words(reply)), "a reply without plain text");
        Assert.Equal("plain", (string?)reply["textFormat"]);
        foreach (var attachment in reply["attachments"]?.AsArray() ?? [])
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment!["contentType"]);
            var card = attachment["content"]!.AsObject();
            Assert.Equal("AdaptiveCard", (string?)card["type"]);
            Assert.Matches(@"^1\.[0-6]$", (string?)card["version"]);
            Assert.NotEmpty(card["body"]!.AsArray());
            Assert.Equal(BotConversation.Words(reply), (string?)reply["summary"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)card["fallbackText"]), "a card without fallback text");
        }
    });
}
