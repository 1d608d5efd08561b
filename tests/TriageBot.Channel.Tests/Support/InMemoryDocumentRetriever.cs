using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Protocols;

namespace TriageBot.Channel.Tests.Support;

/// <summary>Serves OpenID metadata and JWKS documents from memory, as the real endpoints would.</summary>
public sealed class InMemoryDocumentRetriever : IDocumentRetriever
{
    public const string BotConnectorMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotConnectorJwks = "https://login.botframework.com/v1/.well-known/keys";

    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> Requests { get; } = new(StringComparer.Ordinal);

    public void ServeOpenId(string metadataUrl, string issuer, string jwksUrl, params SigningKey[] keys)
    {
        _documents[metadataUrl] = new JsonObject
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = jwksUrl,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }.ToJsonString();
        _documents[jwksUrl] = new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => k.ToJwk())]) }.ToJsonString();
    }

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        Requests.AddOrUpdate(address, 1, (_, n) => n + 1);
        return _documents.TryGetValue(address, out var document)
            ? Task.FromResult(document)
            : throw new IOException($"No document at {address}");
    }
}
