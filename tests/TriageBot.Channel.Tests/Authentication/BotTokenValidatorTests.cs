using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Channel.Authentication;
using TriageBot.Channel.Hosting;
using TriageBot.Channel.Schema;
using TriageBot.Channel.Tests.Support;

namespace TriageBot.Channel.Tests.Authentication;

/// <summary>The validator on an injected clock: lifetime and skew are judged by TimeProvider, not the machine.</summary>
public sealed class BotTokenValidatorTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/uk/";
    private static readonly DateTimeOffset _issued = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(_issued);
    private readonly InMemoryDocumentRetriever _documents = new();

    private BotTokenValidator CreateValidator(string? tenant = Tokens.TenantId) => new(
        Options.Create(new BotOptions { AppId = Tokens.AppId, TenantId = tenant, ClientSecret = "x" }),
        _documents, _time, NullLogger<BotTokenValidator>.Instance);

    private void ServeKeys()
    {
        _documents.ServeOpenId(InMemoryDocumentRetriever.BotConnectorMetadata, Tokens.BotConnectorIssuer, InMemoryDocumentRetriever.BotConnectorJwks, TestKeys.Connector);
        _documents.ServeOpenId(Tokens.EntraMetadata, Tokens.EntraV2Issuer, Tokens.EntraJwks, TestKeys.Entra);
    }

    private static Activity Teams() => new() { Type = ActivityTypes.Message, ChannelId = "msteams", ServiceUrl = ServiceUrl };

    [Theory]
    [InlineData(-4, true)]
    [InlineData(-6, false)]
    public async Task Expiry_allows_five_minutes_of_skew_on_the_injected_clock(int minutesPastExpiry, bool valid)
    {
        ServeKeys();
        var token = Tokens.Create(TestKeys.Connector, _issued, claims: new Dictionary<string, object> { ["serviceurl"] = ServiceUrl }, expiresOffset: TimeSpan.FromMinutes(10));
        _time.Advance(TimeSpan.FromMinutes(10 - minutesPastExpiry));

        var check = await CreateValidator().ValidateAsync("Bearer " + token, CancellationToken.None);

        Assert.Equal(valid, check.Identity is not null);
        if (!valid)
        {
            Assert.Equal("The token has expired.", check.Failure);
        }
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(6, false)]
    public async Task Not_before_allows_five_minutes_of_skew_on_the_injected_clock(int minutesEarly, bool valid)
    {
        ServeKeys();
        var token = Tokens.Create(TestKeys.Connector, _issued, claims: new Dictionary<string, object> { ["serviceurl"] = ServiceUrl }, notBeforeOffset: TimeSpan.FromMinutes(minutesEarly));

        var check = await CreateValidator().ValidateAsync("Bearer " + token, CancellationToken.None);

        Assert.Equal(valid, check.Identity is not null);
    }

    [Fact]
    public async Task A_Bot_Connector_identity_is_bound_to_its_serviceurl_and_the_keys_endorsements()
    {
        ServeKeys();
        var check = await CreateValidator().ValidateAsync("Bearer " + Tokens.BotConnector(TestKeys.Connector, _issued, ServiceUrl), CancellationToken.None);
        var identity = Assert.IsType<CallerIdentity>(check.Identity);

        Assert.Equal(CallerKind.BotConnector, identity.Kind);
        Assert.Null(identity.Authorize(Teams()));
        Assert.Null(identity.Authorize(new Activity { ChannelId = "webchat", ServiceUrl = ServiceUrl }));
        Assert.NotNull(identity.Authorize(new Activity { ChannelId = "msteams", ServiceUrl = "https://smba.trafficmanager.net/amer/" }));
        Assert.NotNull(identity.Authorize(new Activity { ChannelId = "directline", ServiceUrl = ServiceUrl }));
        Assert.NotNull(identity.Authorize(new Activity { ChannelId = null, ServiceUrl = ServiceUrl }));
    }

    [Fact]
    public async Task A_key_without_endorsements_endorses_no_channel()
    {
        using var unendorsed = new SigningKey("plain-key");
        _documents.ServeOpenId(InMemoryDocumentRetriever.BotConnectorMetadata, Tokens.BotConnectorIssuer, InMemoryDocumentRetriever.BotConnectorJwks, unendorsed);

        var check = await CreateValidator().ValidateAsync("Bearer " + Tokens.BotConnector(unendorsed, _issued, ServiceUrl), CancellationToken.None);

        Assert.NotNull(check.Identity!.Authorize(Teams()));
    }

    [Fact]
    public async Task Entra_tokens_are_refused_when_no_tenant_is_configured()
    {
        ServeKeys();
        var token = Tokens.Create(TestKeys.Entra, _issued, issuer: Tokens.EntraV2Issuer, claims: new Dictionary<string, object> { ["azp"] = Tokens.AppId });

        var check = await CreateValidator(tenant: null).ValidateAsync("Bearer " + token, CancellationToken.None);

        Assert.Null(check.Identity);
        Assert.Equal("The token's issuer is not trusted.", check.Failure);
    }

    [Fact]
    public async Task Unreachable_signing_keys_are_reported_as_unavailable_not_as_a_bad_token()
    {
        var check = await CreateValidator().ValidateAsync("Bearer " + Tokens.BotConnector(TestKeys.Connector, _issued, ServiceUrl), CancellationToken.None);

        Assert.Null(check.Identity);
        Assert.True(check.KeysUnavailable);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    public async Task A_missing_or_non_bearer_header_is_refused(string? header)
    {
        ServeKeys();

        var check = await CreateValidator().ValidateAsync(header, CancellationToken.None);

        Assert.Null(check.Identity);
        Assert.False(check.KeysUnavailable);
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_then_cached()
    {
        ServeKeys();
        var validator = CreateValidator();

        for (var i = 0; i < 3; i++)
        {
            await validator.ValidateAsync("Bearer " + Tokens.BotConnector(TestKeys.Connector, _issued, ServiceUrl), CancellationToken.None);
        }

        Assert.Equal(1, _documents.Requests[InMemoryDocumentRetriever.BotConnectorJwks]);
    }

    [Fact]
    public async Task A_token_signed_by_a_rolled_over_key_is_accepted_once_the_keys_are_refetched()
    {
        ServeKeys();
        var validator = CreateValidator();
        await validator.ValidateAsync("Bearer " + Tokens.BotConnector(TestKeys.Connector, _issued, ServiceUrl), CancellationToken.None);
        using var rolled = new SigningKey("rolled-key", "msteams");
        _documents.ServeOpenId(InMemoryDocumentRetriever.BotConnectorMetadata, Tokens.BotConnectorIssuer, InMemoryDocumentRetriever.BotConnectorJwks, TestKeys.Connector, rolled);

        var token = "Bearer " + Tokens.BotConnector(rolled, _issued, ServiceUrl);

        // The first sight of the new key id triggers a background refetch; a retry then passes.
        var check = await validator.ValidateAsync(token, CancellationToken.None);
        for (var attempt = 0; check.Identity is null && attempt < 100; attempt++)
        {
            await Task.Delay(50);
            check = await validator.ValidateAsync(token, CancellationToken.None);
        }

        Assert.NotNull(check.Identity);
        Assert.Equal(2, _documents.Requests[InMemoryDocumentRetriever.BotConnectorJwks]);
    }
}
