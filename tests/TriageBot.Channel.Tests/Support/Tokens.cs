using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TriageBot.Channel.Tests.Support;

/// <summary>Mints JWTs the way the Bot Connector and Entra do, plus the forgeries the validator must refuse.</summary>
public static class Tokens
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "99999999-8888-7777-6666-555555555555";
    public const string BotConnectorIssuer = "https://api.botframework.com";
    public static readonly string EntraV1Issuer = $"https://sts.windows.net/{TenantId}/";
    public static readonly string EntraV2Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";
    public static readonly string EntraMetadata = $"https://login.microsoftonline.com/{TenantId}/v2.0/.well-known/openid-configuration";
    public static readonly string EntraJwks = $"https://login.microsoftonline.com/{TenantId}/discovery/v2.0/keys";

    public static string Create(
        SigningKey key, DateTimeOffset now, string issuer = BotConnectorIssuer, string audience = AppId,
        IDictionary<string, object>? claims = null, TimeSpan? notBeforeOffset = null, TimeSpan? expiresOffset = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (now + (notBeforeOffset ?? TimeSpan.Zero)).UtcDateTime,
            NotBefore = (now + (notBeforeOffset ?? TimeSpan.Zero)).UtcDateTime,
            Expires = (now + (expiresOffset ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = claims ?? new Dictionary<string, object>(),
            SigningCredentials = new SigningCredentials(key.SecurityKey, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public static string BotConnector(SigningKey key, DateTimeOffset now, string serviceUrl) =>
        Create(key, now, claims: new Dictionary<string, object> { ["serviceurl"] = serviceUrl });

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise perfect claims.</summary>
    public static string AlgNone(DateTimeOffset now, string serviceUrl)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT" };
        var payload = Payload(now, serviceUrl);
        return $"{Base64UrlEncoder.Encode(header.ToJsonString())}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.";
    }

    /// <summary>HS256 signed with the RSA public key as the HMAC secret: the classic key-confusion attack.</summary>
    public static string HmacWithPublicKey(SigningKey key, DateTimeOffset now, string serviceUrl)
    {
        var hmacKey = new SymmetricSecurityKey(key.PublicKeyBytes) { KeyId = key.KeyId };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = BotConnectorIssuer,
            Audience = AppId,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddHours(1).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(hmacKey, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static JsonObject Payload(DateTimeOffset now, string serviceUrl) => new()
    {
        ["iss"] = BotConnectorIssuer,
        ["aud"] = AppId,
        ["nbf"] = now.ToUnixTimeSeconds(),
        ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        ["serviceurl"] = serviceUrl,
    };
}
