using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TriageBot.Channel.Schema;
using TriageBot.Channel.Tests.Support;

namespace TriageBot.Channel.Tests.Hosting;

/// <summary>What /api/messages answers to good and bad requests (local mode, so no tokens get in the way).</summary>
public sealed class MessagesEndpointTests : LocalHostTests
{
    private static async Task<ErrorDetail> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ErrorBody>(ActivityJson.Options))!.Error;

    private async Task AssertStillServesAsync()
    {
        using var ok = await Host.PostActivityAsync(Activities.TeamsMessage(Channel.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\": \"message\", ", "BadSyntax")]
    [InlineData("not json at all", "BadSyntax")]
    [InlineData("null", "BadSyntax")]
    [InlineData("[1, 2]", "BadSyntax")]
    [InlineData("{\"type\": \"message\", \"timestamp\": 42}", "BadSyntax")]
    public async Task A_body_that_is_not_an_activity_gets_400_and_the_host_carries_on(string body, string code)
    {
        using var response = await Host.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await ErrorOf(response)).Code);
        Assert.Equal(0, Host.Bot.Calls);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task A_mistyped_field_is_named_in_the_message()
    {
        using var response = await Host.PostRawAsync("{\"type\": \"message\", \"timestamp\": 42}");

        Assert.Contains("$.timestamp", (await ErrorOf(response)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type", "MissingType")]
    [InlineData("channelId", "MissingChannelId")]
    [InlineData("conversation", "MissingConversation")]
    [InlineData("serviceUrl", "MissingServiceUrl")]
    public async Task A_missing_required_field_gets_400_naming_it(string field, string code)
    {
        var json = JsonSerializer.SerializeToNode(Activities.TeamsMessage(Channel.ServiceUrl), ActivityJson.Options)!.AsObject();
        json.Remove(field);

        using var response = await Host.PostRawAsync(json.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ErrorOf(response);
        Assert.Equal(code, error.Code);
        Assert.Contains(field == "conversation" ? "conversation.id" : field, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Host.Bot.Calls);
    }

    [Fact]
    public async Task A_service_url_that_is_not_http_gets_400()
    {
        var activity = Activities.TeamsMessage("file:///etc/passwd");

        using var response = await Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidServiceUrl", (await ErrorOf(response)).Code);
    }

    [Fact]
    public async Task An_oversized_body_gets_413_naming_the_limit()
    {
        var activity = Activities.TeamsMessage(Channel.ServiceUrl, new string('x', 300 * 1024));

        using var response = await Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("256 KB", (await ErrorOf(response)).Message, StringComparison.Ordinal);
        Assert.Equal(0, Host.Bot.Calls);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task An_oversized_chunked_body_without_a_length_also_gets_413()
    {
        var json = JsonSerializer.Serialize(Activities.TeamsMessage(Channel.ServiceUrl, new string('x', 300 * 1024)), ActivityJson.Options);
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, Host.Bot.Calls);
    }

    [Fact]
    public async Task A_body_that_arrives_in_pieces_is_read_whole()
    {
        var text = string.Concat(Enumerable.Range(0, 4000).Select(i => $"{i} "));
        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Activities.TeamsMessage(Channel.ServiceUrl, text), ActivityJson.Options));
        using var content = new PiecesContent(json, pieces: 5);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(text, Assert.Single(Host.Bot.Received).Text);
    }

    /// <summary>Sends the body in flushed pieces with a pause between, as a slow network would deliver it.</summary>
    private sealed class PiecesContent(byte[] body, int pieces) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var size = (body.Length + pieces - 1) / pieces;
            for (var offset = 0; offset < body.Length; offset += size)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(size, body.Length - offset)));
                await stream.FlushAsync();
                await Task.Delay(20);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_that_is_not_json_gets_415(string contentType)
    {
        var json = JsonSerializer.Serialize(Activities.TeamsMessage(Channel.ServiceUrl), ActivityJson.Options);

        using var response = await Host.PostRawAsync(json, contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", (await ErrorOf(response)).Message, StringComparison.Ordinal);
        Assert.Equal(0, Host.Bot.Calls);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_acknowledged_and_ignored()
    {
        var activity = Activities.TeamsMessage(Channel.ServiceUrl);
        activity.Type = "somethingNew";

        using var response = await Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, Host.Bot.Calls);
        Assert.Empty(Channel.Requests);
    }

    [Fact]
    public async Task Replies_are_sent_to_the_channel_in_order()
    {
        using var response = await Host.PostActivityAsync(Activities.TeamsMessage(Channel.ServiceUrl, "twice"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var texts = Channel.Requests.Select(r => JsonSerializer.Deserialize<Activity>(r.Body, ActivityJson.Options)!).ToList();
        Assert.Equal(["first", "second"], texts.Select(a => a.Text));
        Assert.All(texts, a =>
        {
            Assert.Equal("a:1personal-chat", a.Conversation?.Id);
            Assert.Equal("29:user-id", a.Recipient?.Id);
            Assert.Equal(Activities.BotId, a.From?.Id);
            Assert.Equal("1700000000001", a.ReplyToId);
        });
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_in_the_body_and_sends_none()
    {
        var activity = Activities.TeamsMessage(Channel.ServiceUrl, "twice");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ActivityJson.Options);
        Assert.Equal(["first", "second"], body!.Activities.Select(a => a.Text));
        Assert.Empty(Channel.Requests);
    }

    [Fact]
    public async Task Expect_replies_needs_no_service_url()
    {
        var activity = Activities.TeamsMessage(Channel.ServiceUrl);
        activity.ServiceUrl = null;
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: hello", (await response.Content.ReadFromJsonAsync<ExpectedReplies>(ActivityJson.Options))!.Activities.Single().Text);
    }

    [Fact]
    public async Task An_adaptive_card_action_invoke_is_answered_200_with_the_invoke_response()
    {
        var activity = Activities.TeamsMessage(Channel.ServiceUrl, null);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "next" } });

        using var response = await Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.RootElement.GetProperty("value").GetProperty("type").GetString());
        Assert.Empty(Channel.Requests);
    }

    [Fact]
    public async Task An_invoke_with_expect_replies_carries_its_response_as_an_invokeResponse_activity()
    {
        var activity = Activities.TeamsMessage(Channel.ServiceUrl, null);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invoke = Assert.Single((await response.Content.ReadFromJsonAsync<ExpectedReplies>(ActivityJson.Options))!.Activities);
        Assert.Equal(ActivityTypes.InvokeResponse, invoke.Type);
        Assert.Equal(200, invoke.Value!.Value.GetProperty("status").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", invoke.Value!.Value.GetProperty("body").GetProperty("type").GetString());
        Assert.Empty(Channel.Requests);
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_answer_gets_501()
    {
        var activity = Activities.TeamsMessage(Channel.ServiceUrl, null);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "composeExtension/query";

        using var response = await Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task A_failing_bot_gets_500_without_details_and_the_log_holds_no_user_content()
    {
        var activity = Activities.TeamsMessage(Channel.ServiceUrl, "boom");

        using var response = await Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("boom", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", raw, StringComparison.Ordinal);
        Assert.Empty(Channel.Requests);
        var failure = Assert.Single(Host.Logs.Lines, l => l.Contains("Turn failed", StringComparison.Ordinal));
        Assert.Contains("a:1personal-chat", failure, StringComparison.Ordinal);
        Assert.Contains("message", failure, StringComparison.Ordinal);
        Assert.All(Host.Logs.Lines, l =>
        {
            Assert.DoesNotContain("boom", l, StringComparison.Ordinal);
            Assert.DoesNotContain("A Teacher", l, StringComparison.Ordinal);
        });
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task A_reply_the_channel_refuses_gets_502()
    {
        Channel.Script((400, null));

        using var response = await Host.PostActivityAsync(Activities.TeamsMessage(Channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Single(Channel.Requests);
    }

    [Fact]
    public async Task Fields_the_model_does_not_know_reach_the_bot_intact()
    {
        var json = JsonSerializer.SerializeToNode(Activities.TeamsMessage(Channel.ServiceUrl), ActivityJson.Options)!.AsObject();
        json["futureField"] = new System.Text.Json.Nodes.JsonObject { ["nested"] = 7 };

        using var response = await Host.PostRawAsync(json.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(Host.Bot.Received);
        Assert.Equal(7, received.Properties!["futureField"].GetProperty("nested").GetInt32());
    }
}
