using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TriageBot.Channel.DirectLine;
using TriageBot.Channel.Schema;
using TriageBot.Channel.Tests.Support;

namespace TriageBot.Channel.Tests.DirectLine;

/// <summary>The local Direct Line as Web Chat (webSocket: false) drives it.</summary>
public sealed class DirectLineEndpointsTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartLocalAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<DirectLineSession> StartAsync()
    {
        using var response = await _host.Client.PostAsync("v3/directline/conversations", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DirectLineSession>())!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, string? remoteIp = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, ActivityJson.Options), Encoding.UTF8, "application/json");
        }

        if (remoteIp is not null)
        {
            request.Headers.Add(BotHost.RemoteIpHeader, remoteIp);
        }

        return await _host.Client.SendAsync(request);
    }

    private static Activity UserMessage(string text) => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = "dl_user", Name = "Local user" },
        Text = text,
        ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = "client-1" }),
    };

    private async Task<ActivitySet> PollAsync(DirectLineSession session, string? watermark)
    {
        var query = watermark is null ? "" : $"?watermark={watermark}";
        using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}/activities{query}", session.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ActivitySet>(ActivityJson.Options))!;
    }

    [Fact]
    public async Task Starting_a_conversation_returns_201_with_an_id_a_token_an_expiry_and_a_null_stream_url()
    {
        using var response = await _host.Client.PostAsync("v3/directline/conversations", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("conversationId").GetString()));
        Assert.True(body.RootElement.GetProperty("token").GetString()!.Length >= 40);
        Assert.Equal(1800, body.RootElement.GetProperty("expires_in").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("streamUrl").ValueKind);
    }

    [Fact]
    public async Task Two_conversations_get_different_ids_and_tokens()
    {
        var a = await StartAsync();
        var b = await StartAsync();

        Assert.NotEqual(a.ConversationId, b.ConversationId);
        Assert.NotEqual(a.Token, b.Token);
    }

    [Fact]
    public async Task A_posted_message_runs_the_turn_and_polling_shows_user_and_bot_activities_in_order()
    {
        var session = await StartAsync();

        using var posted = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/activities", session.Token, UserMessage("hello"));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<ResourceResponse>(ActivityJson.Options))!.Id;
        var set = await PollAsync(session, null);
        Assert.Equal(["hello", "welcome", "echo: hello"], set.Activities.Select(a => a.Text));
        Assert.Equal(id, set.Activities[0].Id);
        Assert.Equal("dl_user", set.Activities[0].From?.Id);
        Assert.Equal("client-1", set.Activities[0].ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal(DirectLineStore.BotAccount.Id, set.Activities[2].From?.Id);
        Assert.Equal(id, set.Activities[2].ReplyToId);
        Assert.All(set.Activities, a => Assert.NotNull(a.Timestamp));
        Assert.Equal("3", set.Watermark);

        var turn = _host.Bot.Received.Last();
        Assert.Equal("directline", turn.ChannelId);
        Assert.Equal(session.ConversationId, turn.Conversation?.Id);
        Assert.EndsWith("/v3/directline/", turn.ServiceUrl, StringComparison.Ordinal);
        Assert.Equal(ActivityTypes.ConversationUpdate, _host.Bot.Received.First().Type);
    }

    [Fact]
    public async Task Polling_from_a_watermark_returns_only_newer_activities()
    {
        var session = await StartAsync();
        using (await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/activities", session.Token, UserMessage("one")))
        {
        }

        var first = await PollAsync(session, null);
        using (await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/activities", session.Token, UserMessage("two")))
        {
        }

        var next = await PollAsync(session, first.Watermark);
        var empty = await PollAsync(session, next.Watermark);

        Assert.Equal(["two", "echo: two"], next.Activities.Select(a => a.Text));
        Assert.Equal("5", next.Watermark);
        Assert.Empty(empty.Activities);
        Assert.Equal(next.Watermark, empty.Watermark);
    }

    [Fact]
    public async Task A_missing_token_gets_401_and_a_wrong_token_403_and_the_bot_is_not_called()
    {
        var session = await StartAsync();
        var other = await StartAsync();
        var path = $"v3/directline/conversations/{session.ConversationId}/activities";

        using var missing = await SendAsync(HttpMethod.Post, path, null, UserMessage("hi"));
        using var wrong = await SendAsync(HttpMethod.Post, path, "made-up-token", UserMessage("hi"));
        using var otherConversations = await SendAsync(HttpMethod.Post, path, other.Token, UserMessage("hi"));
        using var read = await SendAsync(HttpMethod.Get, path, other.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherConversations.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(0, _host.Bot.Calls);
    }

    [Fact]
    public async Task Refreshing_a_token_issues_a_new_one_that_works_and_retires_the_old()
    {
        var session = await StartAsync();

        using var refreshed = await SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", session.Token);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var renewed = (await refreshed.Content.ReadFromJsonAsync<DirectLineSession>())!;
        Assert.Equal(session.ConversationId, renewed.ConversationId);
        Assert.NotEqual(session.Token, renewed.Token);
        await PollAsync(renewed, null);
        using var old = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}/activities", session.Token);
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
    }

    [Fact]
    public async Task Reconnecting_returns_the_same_conversation_and_token()
    {
        var session = await StartAsync();

        using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}?watermark=", session.Token);
        using var wrong = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}", "made-up");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = (await response.Content.ReadFromJsonAsync<DirectLineSession>())!;
        Assert.Equal(session.ConversationId, again.ConversationId);
        Assert.Equal(session.Token, again.Token);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }

    [Fact]
    public async Task An_unknown_conversation_gets_404_which_Web_Chat_reads_as_ended()
    {
        var session = await StartAsync();

        using var response = await SendAsync(HttpMethod.Get, "v3/directline/conversations/no-such-conversation/activities", session.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Refreshing_without_or_with_an_unknown_token_is_refused()
    {
        using var missing = await SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", null);
        using var unknown = await SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
    }

    [Fact]
    public async Task A_bad_watermark_or_activity_gets_400()
    {
        var session = await StartAsync();
        var path = $"v3/directline/conversations/{session.ConversationId}/activities";

        using var watermark = await SendAsync(HttpMethod.Get, path + "?watermark=-3", session.Token);
        using var noFrom = await SendAsync(HttpMethod.Post, path, session.Token, new Activity { Type = ActivityTypes.Message, Text = "hi" });
        using var noType = await SendAsync(HttpMethod.Post, path, session.Token, new Activity { From = new() { Id = "u" }, Text = "hi" });

        Assert.Equal(HttpStatusCode.BadRequest, watermark.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noFrom.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Equal(0, _host.Bot.Calls);
    }

    [Fact]
    public async Task A_caller_from_another_machine_is_refused()
    {
        using var response = await SendAsync(HttpMethod.Post, "v3/directline/conversations", null, remoteIp: "198.51.100.4");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_failing_bot_gets_502_and_the_user_message_stays_in_the_transcript()
    {
        var session = await StartAsync();

        using var response = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/activities", session.Token, UserMessage("boom"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("boom", (await PollAsync(session, null)).Activities.Select(a => a.Text));
    }
}

/// <summary>The local Direct Line is not there when the bot has an app id.</summary>
public sealed class DirectLineAuthenticatedModeTests
{
    [Fact]
    public async Task The_local_Direct_Line_is_not_mapped_in_authenticated_mode()
    {
        await using var host = await BotHost.StartAuthenticatedAsync();

        using var response = await host.Client.PostAsync("v3/directline/conversations", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
