using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TriageBot.Channel.Authentication;

/// <summary>
/// Reads OpenID metadata and its JWKS through the injected document retriever, and keeps each key's
/// <c>endorsements</c> (the channel ids the key may sign for). Bot Connector authentication requires the
/// activity's channelId to be among the signing key's endorsements; Microsoft.IdentityModel does not surface
/// that member, so the raw JWKS JSON is read for it here.
/// </summary>
internal sealed class EndorsingConfigurationRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    private const string EndorsementsKey = "triagebot:endorsements";

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(
        string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var metadataJson = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        var configuration = OpenIdConnectConfiguration.Create(metadataJson);
        if (string.IsNullOrEmpty(configuration.JwksUri))
        {
            throw new InvalidOperationException($"OpenID metadata at {address} has no jwks_uri.");
        }

        var jwksJson = await retriever.GetDocumentAsync(configuration.JwksUri, cancel).ConfigureAwait(false);
        configuration.JsonWebKeySet = JsonWebKeySet.Create(jwksJson);
        foreach (var key in configuration.JsonWebKeySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        configuration.AdditionalData[EndorsementsKey] = ReadEndorsements(jwksJson);
        return configuration;
    }

    /// <summary>The endorsements of the key <paramref name="keyId"/>; empty when the key has none.</summary>
    public static IReadOnlySet<string> EndorsementsOf(OpenIdConnectConfiguration configuration, string? keyId)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (keyId is not null
            && configuration.AdditionalData.TryGetValue(EndorsementsKey, out var stored)
            && stored is IReadOnlyDictionary<string, IReadOnlySet<string>> byKey
            && byKey.TryGetValue(keyId, out var endorsements))
        {
            return endorsements;
        }

        return new HashSet<string>();
    }

    private static Dictionary<string, IReadOnlySet<string>> ReadEndorsements(string jwksJson)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || !key.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            result[kid.GetString()!] = endorsements.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToHashSet(StringComparer.Ordinal);
        }

        return result;
    }
}
