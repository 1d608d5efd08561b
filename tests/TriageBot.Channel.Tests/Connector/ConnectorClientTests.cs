using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TriageBot.Channel.Connector;
using TriageBot.Channel.Hosting;
using TriageBot.Channel.Schema;
using TriageBot.Channel.Tests.Support;

namespace TriageBot.Channel.Tests.Connector;

/// <summary>
/// The connector client as AddBotFramework builds it (typed HttpClient with its resilience handler), posting to a
/// fake channel on 127.0.0.1.
/// </summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;
    private ServiceProvider _services = null!;
    private ConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = Tokens.AppId,
            ["Bot:TenantId"] = Tokens.TenantId,
            ["Bot:ClientSecret"] = "unused",
            ["Bot:RetryDelay"] = "00:00:00.010",
            ["Bot:MaxRetryDelay"] = "00:00:00.050",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddBotFramework(configuration);
        services.AddSingleton<ITokenProvider, FakeTokenProvider>();
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<ConnectorClient>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private Activity Reply(string conversationId = "a:1personal", string? replyToId = "1700000000001") =>
        new() { Type = ActivityTypes.Message, Text = "hi", ServiceUrl = _channel.ServiceUrl, Conversation = new() { Id = conversationId }, ReplyToId = replyToId };

    [Fact]
    public async Task A_reply_goes_to_the_reply_path_with_the_bearer_token_and_returns_the_channel_id()
    {
        var response = await _client.SendAsync(Reply(), CancellationToken.None);

        var sent = Assert.Single(_channel.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/amer/v3/conversations/a%3A1personal/activities/1700000000001", sent.RawTarget);
        Assert.Equal("Bearer " + FakeTokenProvider.Token, sent.Authorization);
        Assert.Equal("reply-1", response.Id);
    }

    [Fact]
    public async Task Without_replyToId_the_activity_is_sent_to_the_conversation()
    {
        await _client.SendAsync(Reply(replyToId: null), CancellationToken.None);

        Assert.Equal("/amer/v3/conversations/a%3A1personal/activities", Assert.Single(_channel.Requests).RawTarget);
    }

    [Fact]
    public async Task A_Teams_channel_thread_id_is_escaped_as_one_path_segment()
    {
        await _client.SendAsync(Reply("19:abc@thread.tacv2;messageid=1700000000001", "1700000000002"), CancellationToken.None);

        Assert.Equal(
            "/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000001/activities/1700000000002",
            Assert.Single(_channel.Requests).RawTarget);
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_retried_and_delivered_once()
    {
        _channel.Script((429, "1"));

        await _client.SendAsync(Reply(), CancellationToken.None);

        Assert.Equal(2, _channel.Requests.Count);
        Assert.All(_channel.Requests, r => Assert.Equal("/amer/v3/conversations/a%3A1personal/activities/1700000000001", r.RawTarget));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task Transient_failures_twice_then_success_are_retried(int status)
    {
        _channel.Script((status, null), (status, null));

        var response = await _client.SendAsync(Reply(), CancellationToken.None);

        Assert.Equal(3, _channel.Requests.Count);
        Assert.Equal("reply-3", response.Id);
    }

    [Fact]
    public async Task Retries_stop_after_three_and_the_failure_is_reported()
    {
        _channel.Script((503, null), (503, null), (503, null), (503, null), (503, null));

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(Reply(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal(4, _channel.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(500)]
    public async Task Other_failures_are_not_retried(int status)
    {
        _channel.Script((status, null));

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(Reply(), CancellationToken.None));

        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Single(_channel.Requests);
    }

    [Fact]
    public async Task A_bearer_token_is_never_sent_to_a_plain_http_remote_host()
    {
        var activity = Reply();
        activity.ServiceUrl = "http://channel.example.com/";

        await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(activity, CancellationToken.None));
    }

    [Fact]
    public async Task An_unreachable_channel_is_reported_as_a_connector_failure()
    {
        var activity = Reply();
        activity.ServiceUrl = "http://127.0.0.1:1/";

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(activity, CancellationToken.None));

        Assert.Null(ex.StatusCode);
    }

    [Fact]
    public async Task An_activity_without_a_conversation_is_refused_before_any_request()
    {
        var activity = Reply();
        activity.Conversation = null;

        await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(activity, CancellationToken.None));
        Assert.Empty(_channel.Requests);
    }
}
