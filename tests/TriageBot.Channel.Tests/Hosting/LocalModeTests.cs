using System.Net;
using TriageBot.Channel.Tests.Support;

namespace TriageBot.Channel.Tests.Hosting;

/// <summary>With no Bot:AppId the channel trusts this machine only.</summary>
public sealed class LocalModeTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private FakeChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _host = await BotHost.StartLocalAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_loopback_caller_is_accepted_without_a_token_and_replies_carry_no_token()
    {
        using var response = await _host.PostActivityAsync(Activities.TeamsMessage(_channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _host.Bot.Calls);
        var sent = Assert.Single(_channel.Requests);
        Assert.Equal("", sent.Authorization);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.0.0.5")]
    [InlineData("2001:db8::1")]
    public async Task A_caller_from_another_machine_is_refused(string remoteIp)
    {
        using var response = await _host.PostActivityAsync(Activities.TeamsMessage(_channel.ServiceUrl), remoteIp: remoteIp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Bot.Calls);
        Assert.Empty(_channel.Requests);
    }

    [Fact]
    public void The_mode_is_logged_at_start_up() =>
        Assert.Contains(_host.Logs.Lines, l => l.Contains("LOCAL mode", StringComparison.Ordinal));
}
