using System.Net;
using System.Net.Http.Json;
using Microsoft.IdentityModel.Tokens;
using TriageBot.Channel.Schema;
using TriageBot.Channel.Tests.Support;

namespace TriageBot.Channel.Tests.Hosting;

/// <summary>
/// Inbound authentication through the real path: real Kestrel, real JsonWebTokenHandler, metadata and JWKS (with
/// endorsements) served from memory, tokens signed by test RSA keys.
/// </summary>
public sealed class AuthenticationEndpointTests : IAsyncLifetime
{
    // RSA key generation is slow on a shared machine: one set for the whole class.
    private static readonly SigningKey _connectorKey = TestKeys.Connector;
    private static readonly SigningKey _entraKey = TestKeys.Entra;
    private static readonly SigningKey _rogueKey = TestKeys.RogueWithConnectorKid;
    private BotHost _host = null!;
    private FakeChannel _channel = null!;

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _host = await BotHost.StartAuthenticatedAsync();
        _host.Documents.ServeOpenId(
            InMemoryDocumentRetriever.BotConnectorMetadata, Tokens.BotConnectorIssuer, InMemoryDocumentRetriever.BotConnectorJwks, _connectorKey);
        _host.Documents.ServeOpenId(Tokens.EntraMetadata, Tokens.EntraV2Issuer, Tokens.EntraJwks, _entraKey);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_Bot_Connector_token_reaches_the_bot_and_the_reply_reaches_the_channel()
    {
        var activity = Activities.TeamsMessage(_channel.ServiceUrl);

        using var response = await _host.PostActivityAsync(activity, Tokens.BotConnector(_connectorKey, Now, _channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _host.Bot.Calls);
        var sent = Assert.Single(_channel.Requests);
        Assert.Equal("/amer/v3/conversations/a%3A1personal-chat/activities/1700000000001", sent.RawTarget);
        Assert.Equal($"Bearer {FakeTokenProvider.Token}", sent.Authorization);
        Assert.Contains("\"text\":\"echo: hello\"", sent.Body, StringComparison.Ordinal);
    }

    public static TheoryData<string> Forgeries() =>
    [
        "no token", "not a jwt", "expired", "not yet valid", "wrong audience", "wrong issuer", "wrong signing key",
        "alg none", "HS256 with the public key", "serviceurl claim mismatch", "channel not endorsed",
        "Entra token from another app", "Entra token from another tenant",
    ];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_bad_token_gets_401_with_a_reason_and_never_reaches_the_bot(string forgery)
    {
        var url = _channel.ServiceUrl;
        var activity = Activities.TeamsMessage(url);
        string? token = forgery switch
        {
            "no token" => null,
            "not a jwt" => "not-a-jwt",
            "expired" => Tokens.Create(_connectorKey, Now, claims: ServiceUrl(url), notBeforeOffset: TimeSpan.FromHours(-2), expiresOffset: TimeSpan.FromMinutes(-6)),
            "not yet valid" => Tokens.Create(_connectorKey, Now, claims: ServiceUrl(url), notBeforeOffset: TimeSpan.FromMinutes(6)),
            "wrong audience" => Tokens.Create(_connectorKey, Now, audience: "some-other-bot", claims: ServiceUrl(url)),
            "wrong issuer" => Tokens.Create(_connectorKey, Now, issuer: "https://evil.example.com", claims: ServiceUrl(url)),
            "wrong signing key" => Tokens.BotConnector(_rogueKey, Now, url),
            "alg none" => Tokens.AlgNone(Now, url),
            "HS256 with the public key" => Tokens.HmacWithPublicKey(_connectorKey, Now, url),
            "serviceurl claim mismatch" => Tokens.BotConnector(_connectorKey, Now, "https://attacker.example.com/"),
            "channel not endorsed" => Tokens.BotConnector(_connectorKey, Now, url),
            "Entra token from another app" => Tokens.Create(_entraKey, Now, issuer: Tokens.EntraV1Issuer, claims: new Dictionary<string, object> { ["appid"] = "another-app" }),
            "Entra token from another tenant" => Tokens.Create(_entraKey, Now, issuer: "https://sts.windows.net/00000000-0000-0000-0000-000000000000/", claims: new Dictionary<string, object> { ["appid"] = Tokens.AppId }),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };
        if (forgery == "channel not endorsed")
        {
            activity.ChannelId = "slack";
        }

        using var response = await _host.PostActivityAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var error = await response.Content.ReadFromJsonAsync<ErrorBody>(ActivityJson.Options);
        Assert.False(string.IsNullOrWhiteSpace(error?.Error.Message));
        Assert.Equal(0, _host.Bot.Calls);
        Assert.Empty(_channel.Requests);
    }

    [Fact]
    public async Task Failures_name_the_reason()
    {
        var url = _channel.ServiceUrl;
        async Task<string> ReasonFor(string token, Action<Activity>? change = null)
        {
            var activity = Activities.TeamsMessage(url);
            change?.Invoke(activity);
            using var response = await _host.PostActivityAsync(activity, token);
            return (await response.Content.ReadFromJsonAsync<ErrorBody>(ActivityJson.Options))!.Error.Message;
        }

        Assert.Contains("expired", await ReasonFor(Tokens.Create(_connectorKey, Now, claims: ServiceUrl(url), notBeforeOffset: TimeSpan.FromHours(-2), expiresOffset: TimeSpan.FromMinutes(-10))), StringComparison.Ordinal);
        Assert.Contains("audience", await ReasonFor(Tokens.Create(_connectorKey, Now, audience: "x", claims: ServiceUrl(url))), StringComparison.Ordinal);
        Assert.Contains("serviceurl", await ReasonFor(Tokens.BotConnector(_connectorKey, Now, "https://other.example/")), StringComparison.Ordinal);
        Assert.Contains("endorsed", await ReasonFor(Tokens.BotConnector(_connectorKey, Now, url), a => a.ChannelId = "slack"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_within_the_five_minute_skew_is_accepted()
    {
        var url = _channel.ServiceUrl;
        var token = Tokens.Create(_connectorKey, Now, claims: ServiceUrl(url), notBeforeOffset: TimeSpan.FromHours(-1), expiresOffset: TimeSpan.FromMinutes(-3));

        using var response = await _host.PostActivityAsync(Activities.TeamsMessage(url), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("RS384", SecurityAlgorithms.RsaSha384)]
    [InlineData("RS512", SecurityAlgorithms.RsaSha512)]
    public async Task RS384_and_RS512_are_accepted(string name, string algorithm)
    {
        Assert.StartsWith("RS", name, StringComparison.Ordinal);
        var url = _channel.ServiceUrl;
        var token = Tokens.Create(_connectorKey, Now, claims: ServiceUrl(url), algorithm: algorithm);

        using var response = await _host.PostActivityAsync(Activities.TeamsMessage(url), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_Entra_v1_token_with_the_bot_as_appid_passes()
    {
        var token = Tokens.Create(_entraKey, Now, issuer: Tokens.EntraV1Issuer, claims: new Dictionary<string, object> { ["appid"] = Tokens.AppId, ["ver"] = "1.0" });

        using var response = await _host.PostActivityAsync(Activities.TeamsMessage(_channel.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _host.Bot.Calls);
    }

    [Fact]
    public async Task A_valid_Entra_v2_token_with_the_bot_as_azp_passes()
    {
        var token = Tokens.Create(_entraKey, Now, issuer: Tokens.EntraV2Issuer, claims: new Dictionary<string, object> { ["azp"] = Tokens.AppId, ["ver"] = "2.0" });

        using var response = await _host.PostActivityAsync(Activities.TeamsMessage(_channel.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _host.Bot.Calls);
    }

    [Fact]
    public async Task An_Entra_v2_token_naming_the_bot_only_in_appid_is_refused()
    {
        var token = Tokens.Create(_entraKey, Now, issuer: Tokens.EntraV2Issuer, claims: new Dictionary<string, object> { ["appid"] = Tokens.AppId });

        using var response = await _host.PostActivityAsync(Activities.TeamsMessage(_channel.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Bot.Calls);
    }

    [Fact]
    public async Task A_Bot_Connector_token_cannot_be_signed_by_the_Entra_key()
    {
        var token = Tokens.BotConnector(_entraKey, Now, _channel.ServiceUrl);

        using var response = await _host.PostActivityAsync(Activities.TeamsMessage(_channel.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_loopback_caller_without_a_token_is_refused_when_an_app_id_is_configured()
    {
        using var response = await _host.PostActivityAsync(Activities.TeamsMessage(_channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _host.Bot.Calls);
    }

    private static Dictionary<string, object> ServiceUrl(string url) => new() { ["serviceurl"] = url };
}
