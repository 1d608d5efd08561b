using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Polly.Timeout;
using TriageBot.Channel.Schema;

namespace TriageBot.Channel.Connector;

/// <summary>
/// Sends activities to a channel through the Connector REST API v3
/// (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference):
/// <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c> to reply (Teams keeps
/// channel replies in their thread) and <c>POST .../activities</c> to send. Retries for 429/412/502/503/504
/// live in the HttpClient's resilience handler (see <c>AddBotFramework</c>).
/// </summary>
public sealed class ConnectorClient
{
    private readonly HttpClient _http;
    private readonly ITokenProvider _tokens;
    private readonly IReadOnlyList<IReplySink> _sinks;

    public ConnectorClient(HttpClient http, ITokenProvider tokens, IEnumerable<IReplySink> sinks)
    {
        _http = http;
        _tokens = tokens;
        _sinks = [.. sinks];
    }

    /// <summary>
    /// Sends <paramref name="activity"/> to its conversation, as a reply when <c>replyToId</c> is set.
    /// Throws <see cref="ConnectorException"/> when the channel refuses it.
    /// </summary>
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ConnectorException("The activity has no absolute http(s) serviceUrl.");
        }

        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new ConnectorException("The activity has no conversation id.");
        }

        foreach (var sink in _sinks)
        {
            if (sink.Owns(serviceUrl))
            {
                return await sink.DeliverAsync(activity, cancellationToken).ConfigureAwait(false);
            }
        }

        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(WithTrailingSlash(serviceUrl), path))
        {
            Content = JsonContent.Create(activity, options: ActivityJson.Options),
        };

        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is not null)
        {
            // A bearer token is only ever sent over TLS, or to this machine (tests, local tools).
            if (serviceUrl.Scheme != Uri.UriSchemeHttps && !serviceUrl.IsLoopback)
            {
                throw new ConnectorException("Refusing to send a bearer token to a non-https serviceUrl.");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            throw new ConnectorException("The channel could not be reached.", ex);
        }

        using var _ = response;
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException(
                response.StatusCode, $"The channel answered {(int)response.StatusCode} to an outbound activity.");
        }

        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return new ResourceResponse(null);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<ResourceResponse>(ActivityJson.Options, cancellationToken).ConfigureAwait(false)
                ?? new ResourceResponse(null);
        }
        catch (System.Text.Json.JsonException)
        {
            // The activity was accepted; an unreadable id is not worth failing the turn over.
            return new ResourceResponse(null);
        }
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
