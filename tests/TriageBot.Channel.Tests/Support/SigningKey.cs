using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace TriageBot.Channel.Tests.Support;

/// <summary>A test RSA signing key and its JWKS entry, optionally with Bot Connector endorsements.</summary>
public sealed class SigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public SigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }
    public IReadOnlyList<string> Endorsements { get; }
    public RsaSecurityKey SecurityKey { get; }

    public byte[] PublicKeyBytes => _rsa.ExportSubjectPublicKeyInfo();

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => JsonValue.Create(e))]);
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
