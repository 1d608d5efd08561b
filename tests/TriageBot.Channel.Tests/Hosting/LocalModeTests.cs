using System.Net;
using TriageBot.Channel.Tests.Support;

namespace TriageBot.Channel.Tests.Hosting;

/// <summary>With no Bot:AppId the channel trusts this machine only.</summary>
public sealed class LocalModeTests : LocalHostTests
{
    [Fact]
    public async Task A_loopback_caller_is_accepted_without_a_token_and_replies_carry_no_token()
    {
        using var response = await Host.PostActivityAsync(Activities.TeamsMessage(Channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Host.Bot.Calls);
        var sent = Assert.Single(Channel.Requests);
        Assert.Equal("", sent.Authorization);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.0.0.5")]
    [InlineData("2001:db8::1")]
    public async Task A_caller_from_another_machine_is_refused(string remoteIp)
    {
        using var response = await Host.PostActivityAsync(Activities.TeamsMessage(Channel.ServiceUrl), remoteIp: remoteIp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, Host.Bot.Calls);
        Assert.Empty(Channel.Requests);
    }

    [Fact]
    public void The_mode_is_logged_at_start_up() =>
        Assert.Contains(Host.Logs.Lines, l => l.Contains("LOCAL mode", StringComparison.Ordinal));
}
