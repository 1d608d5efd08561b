using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TriageBot.Channel.Hosting;

namespace TriageBot.Channel.Authentication;

/// <summary>
/// Validates inbound bearer tokens with Microsoft.IdentityModel, following "Authentication with the Bot Connector
/// API" (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication):
/// issuer https://api.botframework.com, audience = the bot's app id, RS256/384/512 signatures by a key from the
/// OpenID metadata's JWKS, lifetime with 5 minutes' clock skew. Tokens issued by the bot's own Entra tenant
/// (v1 <c>sts.windows.net/{tenant}/</c>, v2 <c>login.microsoftonline.com/{tenant}/v2.0</c>) are accepted when
/// the calling app (<c>appid</c> in v1, <c>azp</c> in v2) is the bot itself, as the SDK's emulator validation did.
/// </summary>
public sealed class BotTokenValidator
{
    public const string BotConnectorIssuer = "https://api.botframework.com";

    private static readonly string[] _allowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private static readonly TimeSpan _clockSkew = TimeSpan.FromMinutes(5);

    private readonly BotOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotTokenValidator> _logger;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _botConnectorKeys;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _entraKeys;

    public BotTokenValidator(
        IOptions<BotOptions> options, IDocumentRetriever documents, TimeProvider time, ILogger<BotTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
        var retriever = new EndorsingConfigurationRetriever();
        _botConnectorKeys = new(_options.OpenIdMetadataUrl, retriever, documents)
        {
            AutomaticRefreshInterval = _options.SigningKeyRefreshInterval,
        };
        if (_options.EntraMetadataUrl is { } entra)
        {
            _entraKeys = new(entra, retriever, documents) { AutomaticRefreshInterval = _options.SigningKeyRefreshInterval };
        }
    }

    /// <summary>Validates the <c>Authorization</c> header's bearer token. Never throws for a bad token.</summary>
    public async Task<TokenCheck> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        const string prefix = "Bearer ";
        if (string.IsNullOrWhiteSpace(authorizationHeader)
            || !authorizationHeader.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return TokenCheck.Refused("A bearer token is required.");
        }

        var token = authorizationHeader[prefix.Length..].Trim();
        string issuer;
        try
        {
            issuer = new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return TokenCheck.Refused("The bearer token is not a well-formed JWT.");
        }

        var tenant = _options.TenantId;
        var entraV1 = tenant is null ? null : $"https://sts.windows.net/{tenant}/";
        var entraV2 = tenant is null ? null : $"https://login.microsoftonline.com/{tenant}/v2.0";
        try
        {
            if (string.Equals(issuer, BotConnectorIssuer, StringComparison.Ordinal))
            {
                return await ValidateBotConnectorAsync(token, cancellationToken).ConfigureAwait(false);
            }

            if (_entraKeys is not null
                && (string.Equals(issuer, entraV1, StringComparison.Ordinal) || string.Equals(issuer, entraV2, StringComparison.Ordinal)))
            {
                var appIdClaim = string.Equals(issuer, entraV1, StringComparison.Ordinal) ? "appid" : "azp";
                return await ValidateEntraAsync(token, issuer, appIdClaim, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException ex)
        {
            // ConfigurationManager throws this when the metadata or keys cannot be fetched: not the caller's fault.
            ChannelLog.KeysUnavailable(_logger, ex.GetType().Name);
            return new TokenCheck(null, "Signing keys are unavailable.", KeysUnavailable: true);
        }

        return TokenCheck.Refused("The token's issuer is not trusted.");
    }

    private async Task<TokenCheck> ValidateBotConnectorAsync(string token, CancellationToken cancellationToken)
    {
        var configuration = await _botConnectorKeys.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = await _handler.ValidateTokenAsync(token, Parameters(configuration, [BotConnectorIssuer])).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // An unknown key id usually means Microsoft rolled its keys. The manager refetches in the background
            // (throttled), so this request fails and the channel's retry finds the new key.
            _botConnectorKeys.RequestRefresh();
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return TokenCheck.Refused(Describe(result.Exception));
        }

        var keyId = jwt.SigningKey?.KeyId ?? jwt.Kid;
        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var url) ? url : null;
        return TokenCheck.Valid(CallerIdentity.BotConnector(
            serviceUrl, EndorsingConfigurationRetriever.EndorsementsOf(configuration, keyId)));
    }

    private async Task<TokenCheck> ValidateEntraAsync(
        string token, string issuer, string appIdClaim, CancellationToken cancellationToken)
    {
        var configuration = await _entraKeys!.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = await _handler.ValidateTokenAsync(token, Parameters(configuration, [issuer])).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return TokenCheck.Refused(Describe(result.Exception));
        }

        var caller = jwt.TryGetPayloadValue<string>(appIdClaim, out var value) ? value : null;
        return string.Equals(caller, _options.AppId, StringComparison.Ordinal)
            ? TokenCheck.Valid(CallerIdentity.Entra())
            : TokenCheck.Refused($"The token's {appIdClaim} claim is not this bot's app id.");
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, string[] issuers) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = _options.AppId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = _allowedAlgorithms,
        ClockSkew = _clockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        // IdentityModel reads the system clock; this validator uses the injected one, with the same skew.
        LifetimeValidator = ValidateLifetime,
    };

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (expires.Value.ToUniversalTime() + _clockSkew < now)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        if (notBefore is { } nbf && nbf.ToUniversalTime() - _clockSkew > now)
        {
            throw new SecurityTokenNotYetValidException("The token is not yet valid.") { NotBefore = nbf };
        }

        return true;
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not yet valid.",
        SecurityTokenInvalidAudienceException => "The token's audience is not this bot.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        _ => "The token is not valid.",
    };
}
